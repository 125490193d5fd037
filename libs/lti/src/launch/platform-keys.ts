import { Injectable } from '@nestjs/common';
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { LaunchRefusal, LtiLaunchError } from './lti-launch.error';

const MAX_AGE_MS = 10 * 60 * 1000;
const MIN_REFETCH_MS = 1000;
const FETCH_TIMEOUT_MS = 5000;

interface CachedSet {
  getKey: JWTVerifyGetKey;
  kids: Set<string>;
  fetchedAt: number;
}

/**
 * Each platform's key set, cached for ten minutes. A kid it does not know triggers one refetch
 * (platforms rotate keys), at most once a second per platform so a flood of forged kids cannot
 * turn into a flood of fetches.
 */
@Injectable()
export class PlatformKeys {
  private readonly sets = new Map<string, CachedSet>();
  private readonly inflight = new Map<string, Promise<CachedSet>>();

  async keyFor(jwksUrl: string, kid: string): Promise<JWTVerifyGetKey> {
    let set = this.sets.get(jwksUrl);
    if (!set || Date.now() - set.fetchedAt > MAX_AGE_MS) set = await this.load(jwksUrl);
    if (!set.kids.has(kid) && Date.now() - set.fetchedAt >= MIN_REFETCH_MS) set = await this.load(jwksUrl);
    if (!set.kids.has(kid))
      throw new LtiLaunchError(LaunchRefusal.UNKNOWN_KID, `kid ${kid} not in ${jwksUrl} after a refetch`);
    return set.getKey;
  }

  private load(url: string): Promise<CachedSet> {
    const running = this.inflight.get(url);
    if (running) return running;
    const loading = this.fetchSet(url).finally(() => this.inflight.delete(url));
    this.inflight.set(url, loading);
    return loading;
  }

  private async fetchSet(url: string): Promise<CachedSet> {
    let jwks: JSONWebKeySet;
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': 'Markpoint-LTI/1' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      jwks = (await res.json()) as JSONWebKeySet;
      if (!Array.isArray(jwks.keys)) throw new Error('no keys array');
    } catch (error) {
      throw new LtiLaunchError(
        LaunchRefusal.JWKS_UNAVAILABLE,
        `${url}: ${error instanceof Error ? error.message : String(error)}`,
        502,
      );
    }
    const set: CachedSet = {
      getKey: createLocalJWKSet(jwks),
      kids: new Set(jwks.keys.map((k) => k.kid).filter((k): k is string => typeof k === 'string')),
      fetchedAt: Date.now(),
    };
    this.sets.set(url, set);
    return set;
  }
}
