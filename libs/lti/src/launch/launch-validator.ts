import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { DataSource } from 'typeorm';
import type { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { PlatformDirectory } from '../platforms/platform-directory';
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

const CLOCK_TOLERANCE_S = 5;
// Keep a nonce a little longer than its token could be accepted.
const NONCE_MARGIN_S = 300;

/**
 * The launch checks of LTI 1.3 Core and the Security Framework, in the order the certification's
 * bad payloads probe them. Every refusal names its reason (LaunchRefusal).
 */
@Injectable()
export class LaunchValidator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  async validate(input: LaunchInput): Promise<ValidLaunch> {
    const login = await this.state(input.state);
    if (!input.binding || !sameText(LtiTokens.bindingHash(input.binding), login.b))
      throw new LtiLaunchError(LaunchRefusal.STATE_NOT_BOUND, 'no state cookie or platform-storage value');
    if (!input.idToken) throw new LtiLaunchError(LaunchRefusal.MISSING_ID_TOKEN);

    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(input.idToken);
      unverified = decodeJwt(input.idToken);
    } catch (error) {
      throw new LtiLaunchError(LaunchRefusal.MALFORMED_ID_TOKEN, String(error));
    }
    if (!header.kid) throw new LtiLaunchError(LaunchRefusal.NO_KID);
    if (header.alg !== 'RS256') throw new LtiLaunchError(LaunchRefusal.BAD_ALGORITHM, `alg ${header.alg}`);

    const platform =
      typeof unverified.iss === 'string' ? await this.directory.byId(login.p, unverified.iss) : undefined;
    if (!platform) throw new LtiLaunchError(LaunchRefusal.WRONG_ISSUER, `iss ${String(unverified.iss)}`);
    const aud = Array.isArray(unverified.aud) ? unverified.aud : [unverified.aud];
    if (!aud.includes(platform.clientId))
      throw new LtiLaunchError(LaunchRefusal.WRONG_AUDIENCE, `aud ${JSON.stringify(unverified.aud)}`);
    if (aud.length > 1 && unverified.azp !== undefined && unverified.azp !== platform.clientId)
      throw new LtiLaunchError(LaunchRefusal.WRONG_AUDIENCE, `azp ${JSON.stringify(unverified.azp)}`);

    const getKey = await this.keys.keyFor(platform.jwksUrl, header.kid);
    let claims: JWTPayload & Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(input.idToken, getKey, {
        algorithms: ['RS256'],
        issuer: platform.issuer,
        audience: platform.clientId,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp', 'iat', 'nonce'],
      }));
    } catch (error) {
      throw verificationRefusal(error);
    }

    if (claims.nonce !== login.n) throw new LtiLaunchError(LaunchRefusal.NONCE_MISMATCH);
    const version = claims[CLAIM.version];
    if (version !== '1.3.0')
      throw new LtiLaunchError(LaunchRefusal.WRONG_VERSION, `version ${String(version)}`);
    const messageType = claims[CLAIM.messageType];
    if (typeof messageType !== 'string' || messageType === '')
      throw new LtiLaunchError(LaunchRefusal.MISSING_MESSAGE_TYPE);
    if (messageType !== 'LtiResourceLinkRequest' && messageType !== 'LtiDeepLinkingRequest')
      throw new LtiLaunchError(LaunchRefusal.UNSUPPORTED_MESSAGE_TYPE, messageType);
    const roles = claims[CLAIM.roles];
    if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string'))
      throw new LtiLaunchError(LaunchRefusal.MISSING_ROLES);
    const deploymentId = claims[CLAIM.deploymentId];
    if (typeof deploymentId !== 'string' || deploymentId === '')
      throw new LtiLaunchError(LaunchRefusal.MISSING_DEPLOYMENT_ID);
    if (!platform.deploymentIds.includes(deploymentId))
      throw new LtiLaunchError(LaunchRefusal.UNKNOWN_DEPLOYMENT, `deployment ${deploymentId}`, 403);
    if (typeof claims.sub !== 'string' || claims.sub === '')
      throw new LtiLaunchError(LaunchRefusal.MISSING_SUB);
    if (messageType === 'LtiResourceLinkRequest') {
      const link = claims[CLAIM.resourceLink] as { id?: unknown } | undefined;
      if (typeof link?.id !== 'string' || link.id === '')
        throw new LtiLaunchError(LaunchRefusal.MISSING_RESOURCE_LINK_ID);
    } else if (!claims[CLAIM.deepLinkingSettings]) {
      throw new LtiLaunchError(LaunchRefusal.MISSING_DEEP_LINKING_SETTINGS);
    }

    // Last, so a refused token never uses up its nonce; one statement decides a race.
    const inserted = await this.dataSource.query<{ nonce: string }[]>(
      `INSERT INTO lti_nonces (nonce, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (nonce) DO NOTHING RETURNING nonce`,
      [`${platform.id}:${String(claims.nonce)}`, (claims.exp ?? 0) + NONCE_MARGIN_S],
    );
    if (inserted.length === 0) throw new LtiLaunchError(LaunchRefusal.REPLAYED_NONCE);

    return { platform, messageType, deploymentId, sub: claims.sub, roles: roles as string[], claims };
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function verificationRefusal(error: unknown): LtiLaunchError {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof LtiLaunchError) return error;
  if (error instanceof errors.JWTExpired) return new LtiLaunchError(LaunchRefusal.EXPIRED, detail);
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new LtiLaunchError(LaunchRefusal.BAD_SIGNATURE, detail);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new LtiLaunchError(LaunchRefusal.WRONG_ISSUER, detail);
    if (error.claim === 'aud') return new LtiLaunchError(LaunchRefusal.WRONG_AUDIENCE, detail);
    if (error.claim === 'iat' || error.claim === 'exp')
      return new LtiLaunchError(LaunchRefusal.EXPIRED, detail);
    return new LtiLaunchError(LaunchRefusal.MALFORMED_ID_TOKEN, detail);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return new LtiLaunchError(LaunchRefusal.UNKNOWN_KID, detail);
  return new LtiLaunchError(LaunchRefusal.BAD_SIGNATURE, detail);
}
