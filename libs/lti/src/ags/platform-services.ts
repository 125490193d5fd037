import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { ToolKeysService } from '../keys/tool-keys.service';
import { SCOPE } from '../launch/lti-claims';
import type { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { expectNoPage, failure, PlatformCallError, readJson, readJsonObject } from './platform-responses';

export { PlatformCallError, retryAfterMs } from './platform-responses';

export interface LineItem {
  id: string;
  label: string;
  scoreMaximum: number;
  resourceId?: string;
  resourceLinkId?: string;
  tag?: string;
}

export interface Score {
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  activityProgress: 'Completed' | 'Submitted' | 'InProgress' | 'Initialized' | 'Started';
  gradingProgress: 'FullyGraded' | 'PendingManual' | 'Pending' | 'Failed' | 'NotReady';
  timestamp: string;
}

export interface Member {
  user_id: string;
  roles: string[];
  status?: string;
  name?: string;
}

const USER_AGENT = 'Markpoint-LTI/1 (+https://markpoint.example/lti)';
// Refresh a little before the platform's expiry so a token never dies in flight.
const EXPIRY_MARGIN_MS = 30_000;

/** Scores and results live under the line item's path; its query string (Moodle's ?type_id) stays. */
export function lineItemSubUrl(lineItem: string, sub: 'scores' | 'results'): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${sub}`;
  return url.toString();
}

/**
 * Calls to a platform's LTI Advantage services (AGS, NRPS): client-credentials tokens signed with
 * the tool key, cached per platform and scope set until just before they expire, and one refresh
 * when the platform answers 401.
 */
@Injectable()
export class PlatformServices {
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();
  /** Token requests in flight: a batch of scores waits for one request, not one each. */
  private readonly fetching = new Map<string, Promise<string>>();
  private timeoutMs = 10_000;

  constructor(private readonly keys: ToolKeysService) {}

  setTimeout(ms: number): void {
    this.timeoutMs = ms;
  }

  async accessToken(platform: LtiPlatformEntity, scopes: string[], refresh = false): Promise<string> {
    const cacheKey = `${platform.id} ${[...scopes].sort().join(' ')}`;
    const cached = this.tokens.get(cacheKey);
    if (!refresh && cached && cached.expiresAt > Date.now()) return cached.token;
    const running = this.fetching.get(cacheKey);
    if (running) return running;
    const fetching = this.requestToken(platform, scopes, cacheKey).finally(() =>
      this.fetching.delete(cacheKey),
    );
    this.fetching.set(cacheKey, fetching);
    return fetching;
  }

  private async requestToken(
    platform: LtiPlatformEntity,
    scopes: string[],
    cacheKey: string,
  ): Promise<string> {
    const { kid, key } = await this.keys.signingKey();
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.authTokenUrl)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti(randomUUID())
      .sign(key);
    const res = await this.send(platform.authTokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope: scopes.join(' '),
      }).toString(),
    });
    if (!res.ok) throw await failure(res, 'token request');
    const body = (await readJsonObject(
      res,
      'token request',
      'a token response with an access_token',
      (b) => typeof b.access_token === 'string' && b.access_token !== '',
    )) as { access_token: string; expires_in?: unknown };
    const ttlMs = (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000;
    this.tokens.set(cacheKey, {
      token: body.access_token,
      expiresAt: Date.now() + Math.max(ttlMs - EXPIRY_MARGIN_MS, ttlMs / 2),
    });
    return body.access_token;
  }

  async findLineItems(
    platform: LtiPlatformEntity,
    lineItemsUrl: string,
    filter: { resourceId?: string; resourceLinkId?: string; tag?: string },
  ): Promise<LineItem[]> {
    const url = new URL(lineItemsUrl);
    if (filter.resourceId) url.searchParams.set('resource_id', filter.resourceId);
    if (filter.resourceLinkId) url.searchParams.set('resource_link_id', filter.resourceLinkId);
    if (filter.tag) url.searchParams.set('tag', filter.tag);
    const res = await this.call(platform, [SCOPE.lineItem], url.toString(), {
      method: 'GET',
      accept: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
    });
    const items = await readJson(res, `GET ${url.toString()}`, 'a JSON array of line items');
    if (!Array.isArray(items))
      throw new PlatformCallError(
        `GET ${url.toString()} answered ${res.status} with JSON that is not an array of line items`,
        res.status,
        true,
      );
    // Not every platform filters; keep only what matches.
    return (items as LineItem[]).filter(
      (i) =>
        (!filter.resourceId || i.resourceId === filter.resourceId) &&
        (!filter.tag || i.tag === filter.tag) &&
        (!filter.resourceLinkId ||
          i.resourceLinkId === undefined ||
          i.resourceLinkId === filter.resourceLinkId),
    );
  }

  async createLineItem(
    platform: LtiPlatformEntity,
    lineItemsUrl: string,
    item: Omit<LineItem, 'id'>,
  ): Promise<LineItem> {
    const res = await this.call(platform, [SCOPE.lineItem], lineItemsUrl, {
      method: 'POST',
      contentType: 'application/vnd.ims.lis.v2.lineitem+json',
      accept: 'application/vnd.ims.lis.v2.lineitem+json',
      body: JSON.stringify(item),
    });
    return (await readJsonObject(
      res,
      `POST ${lineItemsUrl}`,
      'a line item with an id',
      (b) => typeof b.id === 'string' && b.id !== '',
    )) as unknown as LineItem;
  }

  async postScore(platform: LtiPlatformEntity, lineItemUrl: string, score: Score): Promise<void> {
    const url = lineItemSubUrl(lineItemUrl, 'scores');
    const res = await this.call(platform, [SCOPE.score], url, {
      method: 'POST',
      contentType: 'application/vnd.ims.lis.v1.score+json',
      body: JSON.stringify(score),
    });
    await expectNoPage(res, `POST ${url}`);
  }

  /** Every member of the context, following NRPS `Link: rel="next"` pages. */
  async members(platform: LtiPlatformEntity, membershipsUrl: string): Promise<Member[]> {
    const members: Member[] = [];
    let next: string | undefined = membershipsUrl;
    for (let page = 0; next && page < 50; page++) {
      const res = await this.call(platform, [SCOPE.memberships], next, {
        method: 'GET',
        accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
      });
      const body = (await readJsonObject(res, `GET ${next}`, 'a membership container', () => true)) as {
        members?: Member[];
      };
      members.push(...(body.members ?? []));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    return members;
  }

  private async call(
    platform: LtiPlatformEntity,
    scopes: string[],
    url: string,
    init: { method: string; body?: string; contentType?: string; accept?: string },
  ): Promise<Response> {
    let refreshed = false;
    for (;;) {
      const token = await this.accessToken(platform, scopes, refreshed);
      const res = await this.send(url, {
        method: init.method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.contentType ? { 'content-type': init.contentType } : {}),
          ...(init.accept ? { accept: init.accept } : {}),
        },
        body: init.body,
      });
      if (res.ok) return res;
      if (res.status === 401 && !refreshed) {
        // The cached token may have been revoked or expired early: one fresh token, one more try.
        await res.body?.cancel();
        refreshed = true;
        continue;
      }
      throw await failure(res, `${init.method} ${url}`);
    }
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, {
        ...init,
        headers: { 'user-agent': USER_AGENT, ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new PlatformCallError(`No answer from ${new URL(url).host} (${reason})`, null, true);
    }
  }
}
