import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LTI_KEY_SECRET } from '../keys/tool-keys.service';

/** The login's state: which platform, the nonce it asked for, and where platform storage lives. */
export interface LoginState {
  /** lti_platforms.id */
  p: string;
  /** The nonce sent to the platform. */
  n: string;
  /** lti_storage_target when the platform offered platform storage. */
  st?: string;
  /** Hash of the browser's binding secret (the secret itself is only in its cookie or platform storage). */
  b: string;
}

/** A session after launch: a teacher's dashboard or deep linking, or a returning learner's attempts page. */
export interface LtiSession {
  tenantId: string;
  platformId: string;
  /** Who the session is for: only INSTRUCTOR sessions open the dashboard or deep linking. */
  role: 'INSTRUCTOR' | 'LEARNER';
  /** A learner's landing page: their quiz and learner reference. */
  learner?: { quizId: string; learnerRef: string };
  /** lti_resource_links.id (dashboard) */
  linkId?: string;
  sub: string;
  /** Deep linking: what the platform asked for, echoed back. */
  dl?: {
    returnUrl: string;
    deploymentId: string;
    acceptTypes: string[];
    acceptMultiple: boolean;
    acceptLineItem: boolean;
    data?: string;
    title?: string;
  };
}

export class LtiTokenError extends Error {
  constructor(
    message: string,
    readonly expired: boolean,
  ) {
    super(message);
  }
}

const STATE_SECONDS = 600;
const SESSION_SECONDS = 60 * 60;

/**
 * Short-lived HS256 tokens (jose) for the OIDC state and the sessions after a launch. They live in
 * URLs and forms, never in third-party cookies, and always expire.
 */
@Injectable()
export class LtiTokens {
  private readonly stateKey: Uint8Array;
  private readonly sessionKey: Uint8Array;

  constructor(@Inject(LTI_KEY_SECRET) secret: string) {
    this.stateKey = createHash('sha256').update(`lti-state:${secret}`).digest();
    this.sessionKey = createHash('sha256').update(`lti-session:${secret}`).digest();
  }

  signState(state: LoginState): Promise<string> {
    return this.sign({ ...state }, this.stateKey, STATE_SECONDS, 'state');
  }

  async verifyState(token: string): Promise<LoginState> {
    const p = await this.verify(token, this.stateKey, 'state');
    if (typeof p.p !== 'string' || typeof p.n !== 'string' || typeof p.b !== 'string')
      throw new LtiTokenError('state lacks p/n/b', false);
    return { p: p.p, n: p.n, b: p.b, ...(typeof p.st === 'string' ? { st: p.st } : {}) };
  }

  signSession(session: LtiSession, seconds = SESSION_SECONDS): Promise<string> {
    return this.sign({ s: session }, this.sessionKey, seconds, 'session');
  }

  async verifySession(token: string): Promise<LtiSession> {
    const p = await this.verify(token, this.sessionKey, 'session');
    if (!p.s || typeof p.s !== 'object') throw new LtiTokenError('session lacks s', false);
    return p.s as LtiSession;
  }

  /** A dynamic-registration link for one organisation (its own token type: no session opens it). */
  signRegistration(tenantId: string, seconds: number): Promise<string> {
    return this.sign({ t: tenantId }, this.sessionKey, seconds, 'registration');
  }

  async verifyRegistration(token: string): Promise<string> {
    const p = await this.verify(token, this.sessionKey, 'registration');
    if (typeof p.t !== 'string') throw new LtiTokenError('registration lacks t', false);
    return p.t;
  }

  /**
   * What binds a state to the browser that logged in: a random secret kept in a cookie or in
   * platform storage, of which the state carries only the hash. Whoever sees the state (it travels
   * through the LMS) cannot work the secret out from it.
   */
  static newBinding(): { secret: string; hash: string } {
    const secret = randomBytes(24).toString('base64url');
    return { secret, hash: LtiTokens.bindingHash(secret) };
  }

  static bindingHash(secret: string): string {
    return createHash('sha256').update(secret).digest('base64url');
  }

  /** The cookie (and platform-storage key) of one login: several tabs can launch at once. */
  static bindingName(nonce: string): string {
    return `mp_lti_${nonce.slice(0, 16)}`;
  }

  private sign(payload: JWTPayload, key: Uint8Array, seconds: number, typ: string): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256', typ })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
      .sign(key);
  }

  private async verify(token: string, key: Uint8Array, typ: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], typ });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new LtiTokenError('expired', true);
      throw new LtiTokenError(error instanceof Error ? error.message : String(error), false);
    }
  }
}
