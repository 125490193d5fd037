import { timingSafeEqual, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { PlatformDirectory } from '../platforms/platform-directory';
import type { LtijsAccepted } from '../ltijs/ltijs-launch';
import type { LaunchScope } from '../ltijs/pg-ltijs-store';
import { LtiTokenError, LtiTokens, type LoginState } from '../session/lti-tokens';
import { CLAIM } from './lti-claims';
import { LaunchRefusal, LtiLaunchError } from './lti-launch.error';
import { PlatformKeys } from './platform-keys';

export type LtiMessageType = 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';

/** A launch that passed every check, with the claims Markpoint uses. */
export interface ValidLaunch {
  platform: LtiPlatformEntity;
  messageType: LtiMessageType;
  deploymentId: string;
  sub: string;
  roles: string[];
  claims: JWTPayload & Record<string, unknown>;
}

export interface LaunchInput {
  idToken?: string;
  state?: string;
  /** The binding the browser proved: the state cookie's value or the platform-storage value. */
  binding?: string;
}

/** A launch past Markpoint's own first checks, on its way to ltijs. */
export interface Preflight {
  login: LoginState;
  platform: LtiPlatformEntity;
  /** Read from the token; verified once ltijs accepts the same token. */
  claims: JWTPayload & Record<string, unknown>;
  key: KeyObject;
}

/**
 * Markpoint's half of the launch checks of LTI 1.3 Core and the Security Framework; ltijs makes
 * the other half (LtijsLaunch). Every refusal names its reason (LaunchRefusal).
 */
@Injectable()
export class LaunchValidator {
  constructor(
    private readonly tokens: LtiTokens,
    private readonly directory: PlatformDirectory,
    private readonly keys: PlatformKeys,
  ) {}

  /** The state alone (before the browser binding is known). */
  async state(state: string | undefined): Promise<LoginState> {
    if (!state) throw new LtiLaunchError(LaunchRefusal.MISSING_STATE);
    try {
      return await this.tokens.verifyState(state);
    } catch (error) {
      throw new LtiLaunchError(
        LaunchRefusal.BAD_STATE,
        error instanceof LtiTokenError ? error.message : String(error),
      );
    }
  }

  /**
   * Markpoint's checks before ltijs sees the launch: the state and its browser binding, a
   * well-formed RS256 token that names its key, and that key from the login platform's cached
   * key set (one refetch for an unknown kid). The claims are read, not yet trusted: ltijs
   * verifies the same bytes next.
   */
  async preflight(input: LaunchInput): Promise<Preflight> {
    const login = await this.state(input.state);
    if (!input.binding || !sameText(LtiTokens.bindingHash(input.binding), login.b))
      throw new LtiLaunchError(LaunchRefusal.STATE_NOT_BOUND, 'no state cookie or platform-storage value');
    if (!input.idToken) throw new LtiLaunchError(LaunchRefusal.MISSING_ID_TOKEN);

    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload & Record<string, unknown>;
    try {
      header = decodeProtectedHeader(input.idToken);
      claims = decodeJwt(input.idToken);
    } catch (error) {
      throw new LtiLaunchError(LaunchRefusal.MALFORMED_ID_TOKEN, String(error));
    }
    if (!header.kid) throw new LtiLaunchError(LaunchRefusal.NO_KID);
    if (header.alg !== 'RS256') throw new LtiLaunchError(LaunchRefusal.BAD_ALGORITHM, `alg ${header.alg}`);
    const platform = await this.directory.get(login.p);
    if (!platform)
      throw new LtiLaunchError(LaunchRefusal.UNKNOWN_PLATFORM, `registration ${login.p} is gone`, 404);
    const key = await this.keys.keyFor(platform.jwksUrl, header.kid);
    return { login, platform, claims, key };
  }

  /**
   * What ltijs's storage learns during its validation: the platform and key to verify with, and
   * the checks ltijs 5.9.9 does not make, run on the verified nonce before anything is stored.
   */
  scope(pre: Preflight): LaunchScope {
    return {
      platform: pre.platform,
      key: pre.key,
      expiresAt: typeof pre.claims.exp === 'number' ? pre.claims.exp : Date.now() / 1000,
      verified: (nonce) => {
        // jsonwebtoken checks exp only when present, and ltijs's iat age check passes without iat.
        if (typeof pre.claims.exp !== 'number' || typeof pre.claims.iat !== 'number')
          throw new LtiLaunchError(LaunchRefusal.EXPIRED, 'exp or iat is missing');
        if (nonce !== pre.login.n) throw new LtiLaunchError(LaunchRefusal.NONCE_MISMATCH);
        // Missing or malformed ones are ltijs's refusals (its claim checks come after the nonce).
        const deploymentId = pre.claims[CLAIM.deploymentId];
        if (
          typeof deploymentId === 'string' &&
          deploymentId !== '' &&
          !pre.platform.deploymentIds.includes(deploymentId)
        )
          throw new LtiLaunchError(LaunchRefusal.UNKNOWN_DEPLOYMENT, `deployment ${deploymentId}`, 403);
      },
    };
  }

  /** ltijs's refusal, told apart where ltijs gives one message for two cases. */
  refine(error: unknown, pre: Preflight): Error {
    if (error instanceof LtiLaunchError && error.refusal === LaunchRefusal.MISSING_MESSAGE_TYPE) {
      const messageType = pre.claims[CLAIM.messageType];
      if (typeof messageType === 'string' && messageType !== '')
        return new LtiLaunchError(LaunchRefusal.UNSUPPORTED_MESSAGE_TYPE, messageType);
    }
    return error instanceof Error ? error : new Error(JSON.stringify(error));
  }

  /** The launch ltijs accepted (so the claims read in preflight are verified), with the last checks. */
  complete(pre: Preflight, accepted: LtijsAccepted): ValidLaunch {
    const { claims, platform } = pre;
    const messageType = claims[CLAIM.messageType] as LtiMessageType;
    const roles = claims[CLAIM.roles];
    if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string'))
      throw new LtiLaunchError(LaunchRefusal.MISSING_ROLES, 'roles is not a list of strings');
    if (messageType === 'LtiDeepLinkingRequest' && !claims[CLAIM.deepLinkingSettings])
      throw new LtiLaunchError(LaunchRefusal.MISSING_DEEP_LINKING_SETTINGS);
    if (accepted.token.user !== claims.sub || accepted.token.deploymentId !== claims[CLAIM.deploymentId])
      throw new Error('ltijs accepted a launch other than the one Markpoint read');
    return {
      platform,
      messageType,
      deploymentId: accepted.token.deploymentId,
      sub: accepted.token.user,
      roles: roles as string[],
      claims,
    };
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
