import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeJwt } from 'jose';
import { DataSource } from 'typeorm';
import {
  DeliveryException,
  DeliveryExceptionCode,
  PlayerSessionService,
  StartAttemptUseCase,
} from '@markpoint/delivery';
import { PlatformDirectory } from '../platforms/platform-directory';
import { LtiTokens } from '../session/lti-tokens';
import { CLAIM, roleKind, SCOPE, type RoleKind } from './lti-claims';
import { LaunchRefusal, LtiLaunchError } from './lti-launch.error';
import { LtiUrls } from './lti-urls';
import type { ValidLaunch } from './launch-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class LaunchNotReady extends Error {}

interface AgsClaim {
  scope?: string[];
  lineitems?: string;
  lineitem?: string;
}

/** The learner's attempts in this service: one learner per platform user. */
export function learnerRefOf(platformId: string, sub: string): string {
  return `lti:${platformId}:${sub}`;
}

/**
 * What a valid launch leads to: learners to their attempt in the player, teachers to the quiz
 * dashboard, deep-linking requests to the quiz picker. Records the link and who launched it.
 */
@Injectable()
export class LaunchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LtiTokens,
    private readonly directory: PlatformDirectory,
    private readonly startAttempt: StartAttemptUseCase,
    private readonly players: PlayerSessionService,
    private readonly urls: LtiUrls,
  ) {}

  async handle(launch: ValidLaunch): Promise<{ url: string; role: RoleKind }> {
    const role = roleKind(launch.roles);
    const { platform, claims } = launch;
    if (launch.messageType === 'LtiDeepLinkingRequest') {
      if (role !== 'INSTRUCTOR')
        throw new LtiLaunchError(LaunchRefusal.NOT_AN_INSTRUCTOR, 'deep linking by a non-instructor', 403);
      const settings = claims[CLAIM.deepLinkingSettings] as Record<string, unknown>;
      const token = await this.tokens.signSession({
        tenantId: platform.tenantId,
        platformId: platform.id,
        role: 'INSTRUCTOR',
        sub: launch.sub,
        dl: {
          returnUrl: typeof settings.deep_link_return_url === 'string' ? settings.deep_link_return_url : '',
          deploymentId: launch.deploymentId,
          acceptTypes: Array.isArray(settings.accept_types) ? (settings.accept_types as string[]) : [],
          acceptMultiple: settings.accept_multiple !== false,
          acceptLineItem: settings.accept_lineitem !== false,
          ...(typeof settings.data === 'string' ? { data: settings.data } : {}),
          ...(typeof settings.title === 'string' ? { title: settings.title } : {}),
        },
      });
      return { url: this.urls.path(`/lti/deep-link/${token}`), role };
    }

    const link = claims[CLAIM.resourceLink] as { id: string; title?: unknown };
    const context = claims[CLAIM.context] as { id?: unknown } | undefined;
    const ags = (claims[CLAIM.ags] as AgsClaim | undefined) ?? {};
    const nrps = claims[CLAIM.nrps] as { context_memberships_url?: unknown } | undefined;
    const custom = (claims[CLAIM.custom] as Record<string, unknown> | undefined) ?? {};
    const customQuizId =
      typeof custom.quiz_id === 'string' && UUID.test(custom.quiz_id) ? custom.quiz_id : null;
    const learnerRef = learnerRefOf(platform.id, launch.sub);

    // One statement records the link (keeping what a launch without it would lose) and the user.
    const [row] = await this.dataSource.query<
      { id: string; quiz_id: string | null; open_attempt: string | null; has_attempts: boolean }[]
    >(
      `WITH custom_quiz AS (
         -- A quiz named by a custom parameter counts only when it is this organisation's.
         SELECT id FROM quizzes WHERE id = $7::uuid AND tenant_id = $1
       ), link AS (
         INSERT INTO lti_resource_links (tenant_id, platform_id, deployment_id, resource_link_id, context_id,
           title, quiz_id, line_item_url, line_items_url, ags_scopes, memberships_url, marking_point_line_items)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM custom_quiz), $8, $9, $10, $11, COALESCE($15, false))
         ON CONFLICT (platform_id, resource_link_id) DO UPDATE SET
           deployment_id = EXCLUDED.deployment_id,
           context_id = EXCLUDED.context_id,
           title = COALESCE(EXCLUDED.title, lti_resource_links.title),
           quiz_id = COALESCE(EXCLUDED.quiz_id, lti_resource_links.quiz_id),
           line_item_url = COALESCE(EXCLUDED.line_item_url, lti_resource_links.line_item_url),
           line_items_url = COALESCE(EXCLUDED.line_items_url, lti_resource_links.line_items_url),
           ags_scopes = EXCLUDED.ags_scopes,
           memberships_url = COALESCE(EXCLUDED.memberships_url, lti_resource_links.memberships_url),
           marking_point_line_items = COALESCE($15, lti_resource_links.marking_point_line_items),
           updated_at = now()
         RETURNING id, quiz_id
       ), member AS (
         INSERT INTO lti_link_users (tenant_id, link_id, sub, learner_ref, role, last_launch_at)
         SELECT $1, link.id, $12, $13, $14, now() FROM link
         ON CONFLICT (link_id, sub) DO UPDATE SET role = EXCLUDED.role, last_launch_at = EXCLUDED.last_launch_at,
           updated_at = now()
       )
       SELECT link.id, link.quiz_id,
              (SELECT a.id FROM attempts a WHERE a.quiz_id = link.quiz_id AND a.learner_ref = $13
                  AND a.status = 'IN_PROGRESS' AND a.tenant_id = $1) AS open_attempt,
              EXISTS (SELECT 1 FROM attempts a WHERE a.quiz_id = link.quiz_id AND a.learner_ref = $13
                  AND a.tenant_id = $1) AS has_attempts
         FROM link`,
      [
        platform.tenantId,
        platform.id,
        launch.deploymentId,
        link.id,
        typeof context?.id === 'string' ? context.id : null,
        typeof link.title === 'string' ? link.title.slice(0, 500) : null,
        customQuizId,
        typeof ags.lineitem === 'string' ? ags.lineitem : null,
        typeof ags.lineitems === 'string' ? ags.lineitems : null,
        Array.isArray(ags.scope) ? ags.scope.filter((s) => Object.values(SCOPE).includes(s as never)) : [],
        typeof nrps?.context_memberships_url === 'string' ? nrps.context_memberships_url : null,
        launch.sub,
        learnerRef,
        role,
        // Set by deep linking as a custom parameter; absent leaves the link as it was.
        custom.marking_point_line_items === undefined ? null : custom.marking_point_line_items === 'true',
      ],
    );

    if (role === 'INSTRUCTOR') {
      const token = await this.tokens.signSession({
        tenantId: platform.tenantId,
        platformId: platform.id,
        role: 'INSTRUCTOR',
        linkId: row.id,
        sub: launch.sub,
      });
      return { url: this.urls.path(`/lti/dashboard/${token}`), role };
    }
    if (!row.quiz_id)
      throw new LaunchNotReady('This activity has no quiz yet. Please ask your teacher to choose one.');
    // A relaunch resumes the open attempt the same statement found.
    if (row.open_attempt)
      return { url: this.players.path(this.players.issue(row.open_attempt, platform.tenantId).token), role };
    // After an attempt, a launch never starts another by itself: the learner sees their attempts
    // and chooses (an attempt may be timed, and limited in number).
    if (row.has_attempts) {
      const token = await this.tokens.signSession({
        tenantId: platform.tenantId,
        platformId: platform.id,
        role: 'LEARNER',
        linkId: row.id,
        sub: launch.sub,
        learner: { quizId: row.quiz_id, learnerRef },
      });
      return { url: this.urls.path(`/lti/learner/${token}`), role };
    }
    return { url: await this.learnerUrl(platform.tenantId, row.quiz_id, learnerRef), role };
  }

  /** The platform's origin, for the platform-storage postMessage (from the unverified token's issuer). */
  async platformOrigin(platformId: string, idToken: string | undefined): Promise<string> {
    let iss: unknown;
    try {
      iss = idToken ? decodeJwt(idToken).iss : undefined;
    } catch {
      throw new LtiLaunchError(LaunchRefusal.MALFORMED_ID_TOKEN);
    }
    const platform = await this.directory.get(platformId);
    // Never '*': the storage answer must come from the platform's own frame.
    if (!platform || platform.issuer !== iss)
      throw new LtiLaunchError(LaunchRefusal.WRONG_ISSUER, `iss ${String(iss)}`);
    return new URL(platform.authLoginUrl).origin;
  }

  async learnerUrl(tenantId: string, quizId: string, learnerRef: string): Promise<string> {
    try {
      const { attempt } = await this.startAttempt.execute({ tenantId, quizId, learnerRef });
      return this.players.path(this.players.issue(attempt.id, tenantId).token);
    } catch (error) {
      const closed =
        error instanceof DeliveryException &&
        [DeliveryExceptionCode.NO_ATTEMPTS_LEFT, DeliveryExceptionCode.QUIZ_CLOSED].includes(error.code);
      if (!closed) throw error instanceof DeliveryException ? new LaunchNotReady(error.message) : error;
      // No attempt left to start: show the latest one (its review, as the quiz's policy allows).
      const [latest] = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM attempts WHERE tenant_id = $1 AND quiz_id = $2 AND learner_ref = $3
         ORDER BY number DESC LIMIT 1`,
        [tenantId, quizId, learnerRef],
      );
      if (!latest) throw new LaunchNotReady(error.message);
      return this.players.path(this.players.issue(latest.id, tenantId).token);
    }
  }
}
