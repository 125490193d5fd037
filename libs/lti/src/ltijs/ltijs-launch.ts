import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { Provider, type LtijsError, type LtijsProvider, type LtijsToken } from 'ltijs';
import { DataSource } from 'typeorm';
import { LTI_KEY_SECRET } from '../keys/tool-keys.service';
import { LaunchRefusal, LtiLaunchError } from '../launch/lti-launch.error';
import { LtiUrls } from '../launch/lti-urls';
import { PlatformDirectory } from '../platforms/platform-directory';
import { PgLtijsStore, type LaunchScope } from './pg-ltijs-store';

/** Where ltijs is mounted, and its app route inside the mount: together, POST /lti/launch. */
const MOUNT = '/lti';
const APP_ROUTE = '/launch';
// Moodle's id_tokens live 60 s; ltijs refuses one whose iat is older (default 10 s: too tight for skew).
const TOKEN_MAX_AGE_S = 60;
const ANSWER_TIMEOUT_MS = 15_000;

/** What ltijs accepted: its platform token (Markpoint reads the claims it verified from the token itself). */
export interface LtijsAccepted {
  token: LtijsToken;
}

interface Pending {
  resolve(accepted: LtijsAccepted): void;
  reject(error: Error): void;
  scope: LaunchScope;
}

/**
 * ltijs inside Nest: one Provider per application (`deploy({ serverless: true })`), stored in
 * Markpoint's PostgreSQL through PgLtijsStore, mounted under /lti for the launch. ltijs verifies
 * the id_token (signature, expiry, issuer against the login, audience, algorithm, nonce replay,
 * the LTI core claims); Markpoint brings what ltijs 5.9.9 lacks: the login and its state bound by
 * cookie or platform storage, the cached platform key (no JWKS fetch per launch), the deployment
 * check and the nonce the login sent (run by the store before it keeps anything).
 */
@Injectable()
export class LtijsLaunch implements OnModuleInit, OnModuleDestroy {
  private readonly scopes = new AsyncLocalStorage<LaunchScope>();
  private readonly pending = new WeakMap<Response, Pending>();
  private provider!: LtijsProvider;
  /**
   * ltijs's secret (its ltik and cookie signatures, its Encrypt), derived from the LTI key secret.
   * A key object, not a string: jsonwebtoken first tries a string as a PEM private key, and that
   * failed parse cost 1.2 ms of CPU on every launch's ltik.
   */
  private readonly encryptionKey: KeyObject;
  readonly store: PgLtijsStore;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    directory: PlatformDirectory,
    private readonly urls: LtiUrls,
    @Inject(LTI_KEY_SECRET) secret: string,
  ) {
    this.store = new PgLtijsStore(dataSource, directory, this.scopes);
    this.encryptionKey = createSecretKey(createHash('sha256').update(`markpoint-ltijs:${secret}`).digest());
  }

  async onModuleInit(): Promise<void> {
    // ltijs exports one instance; its class makes one per Nest application (tests start several).
    const ProviderClass = Provider.constructor as new () => LtijsProvider;
    this.provider = new ProviderClass().setup(
      this.encryptionKey,
      { plugin: this.store },
      {
        appRoute: APP_ROUTE,
        // ltijs sees only POST /lti/launch: login, keys and registration are Markpoint's own routes.
        ltiaas: true,
        cors: false,
        tokenMaxAge: TOKEN_MAX_AGE_S,
        cookies: { secure: this.urls.https, sameSite: this.urls.https ? 'None' : 'Lax' },
      },
    );
    const accept = (token: LtijsToken, _req: Request, res: Response): void => {
      this.pending.get(res)?.resolve({ token });
    };
    const refuse = (_req: Request, res: Response): void => {
      const pending = this.pending.get(res);
      pending?.reject(refusalOf(res.locals.err as LtijsError | undefined, pending.scope));
    };
    this.provider.onConnect(accept);
    this.provider.onDeepLinking(accept);
    this.provider.onInvalidToken(refuse);
    this.provider.onSessionTimeout(refuse);

    // deploy() installs a SIGINT handler that exits the process; Nest's shutdown hooks own that.
    const before = new Set(process.listeners('SIGINT'));
    await this.provider.deploy({ serverless: true, silent: true });
    for (const listener of process.listeners('SIGINT'))
      if (!before.has(listener)) process.removeListener('SIGINT', listener);
  }

  async onModuleDestroy(): Promise<void> {
    await this.provider?.close({ silent: true });
  }

  /**
   * Hands the launch POST to ltijs, as Express does for an app mounted at /lti, with the login
   * state Markpoint has already checked; resolves with what ltijs accepted or rejects with the
   * refusal.
   */
  async validate(req: Request, res: Response, state: string, scope: LaunchScope): Promise<LtijsAccepted> {
    const saved = {
      url: req.url,
      baseUrl: req.baseUrl,
      req: Object.getPrototypeOf(req) as object,
      res: Object.getPrototypeOf(res) as object,
    };
    req.url = APP_ROUTE;
    req.baseUrl = this.urls.path(MOUNT);
    // ltijs reads the login's issuer from its signed state cookie; the state is Markpoint's, bound
    // to this browser by a cookie or platform storage, and already verified.
    const parsed = req as Request & {
      cookies?: unknown;
      signedCookies?: unknown;
      secret?: KeyObject;
      _body?: boolean;
    };
    parsed.secret = this.encryptionKey;
    parsed.cookies = {};
    parsed.signedCookies = { [`state${state}`]: scope.platform.issuer };
    // Nest has read the form; ltijs's body-parser 1.x knows that by this flag (2.x no longer sets it).
    parsed._body = true;
    try {
      return await new Promise<LtijsAccepted>((resolve, reject) => {
        // ltijs's handlers are async functions Express 4 does not await: an error thrown outside
        // their own try/catch would leave the launch unanswered. Never wait forever.
        const timer = setTimeout(() => {
          // ltijs may still finish after Markpoint has answered, and then clear its state cookie
          // on a response already sent: that would throw inside its middleware as an unhandled
          // rejection and end the process. Make it a no-op on this response.
          res.clearCookie = () => res;
          reject(new Error(`ltijs did not answer the launch within ${ANSWER_TIMEOUT_MS / 1000} s`));
        }, ANSWER_TIMEOUT_MS);
        timer.unref();
        const settle =
          <T>(fn: (value: T) => void) =>
          (value: T) => {
            clearTimeout(timer);
            fn(value);
          };
        resolve = settle(resolve);
        reject = settle(reject);
        this.pending.set(res, { resolve, reject, scope });
        this.scopes.run(scope, () => {
          this.provider.app(req, res, (error?: unknown) =>
            reject(
              error instanceof Error
                ? error
                : new Error(`ltijs passed the launch on without accepting or refusing it (${String(error)})`),
            ),
          );
        });
      });
    } finally {
      this.pending.delete(res);
      // Express 4 (ltijs's) swaps the request and response prototypes; give Nest's back.
      Object.setPrototypeOf(req, saved.req);
      Object.setPrototypeOf(res, saved.res);
      req.url = saved.url;
      req.baseUrl = saved.baseUrl;
    }
  }
}

/** ltijs's error messages (Auth.validateToken, jsonwebtoken) as Markpoint's refusals. */
const REFUSALS: Record<string, LaunchRefusal> = {
  INVALID_JWT_RECEIVED: LaunchRefusal.MALFORMED_ID_TOKEN,
  'jwt malformed': LaunchRefusal.MALFORMED_ID_TOKEN,
  'invalid token': LaunchRefusal.MALFORMED_ID_TOKEN,
  KID_NOT_FOUND: LaunchRefusal.NO_KID,
  KEY_NOT_FOUND: LaunchRefusal.UNKNOWN_KID,
  'invalid signature': LaunchRefusal.BAD_SIGNATURE,
  'invalid algorithm': LaunchRefusal.BAD_ALGORITHM,
  ALG_NOT_RS256: LaunchRefusal.BAD_ALGORITHM,
  'jwt expired': LaunchRefusal.EXPIRED,
  'jwt not active': LaunchRefusal.EXPIRED,
  'invalid exp value': LaunchRefusal.EXPIRED,
  'invalid nbf value': LaunchRefusal.EXPIRED,
  'jwt signature is required': LaunchRefusal.BAD_SIGNATURE,
  TOKEN_TOO_OLD: LaunchRefusal.EXPIRED,
  ISS_CLAIM_DOES_NOT_MATCH: LaunchRefusal.WRONG_ISSUER,
  // The issuer matched the login's, so no registration for the aud means the wrong audience.
  UNREGISTERED_PLATFORM: LaunchRefusal.WRONG_AUDIENCE,
  AZP_DOES_NOT_MATCH_CLIENTID: LaunchRefusal.WRONG_AUDIENCE,
  NONCE_ALREADY_RECEIVED: LaunchRefusal.REPLAYED_NONCE,
  NO_MESSAGE_TYPE_CLAIM: LaunchRefusal.MISSING_MESSAGE_TYPE,
  NO_TARGET_LINK_URI_CLAIM: LaunchRefusal.MISSING_TARGET_LINK_URI,
  NO_RESOURCE_LINK_ID_CLAIM: LaunchRefusal.MISSING_RESOURCE_LINK_ID,
  NO_LTI_VERSION_CLAIM: LaunchRefusal.WRONG_VERSION,
  WRONG_LTI_VERSION_CLAIM: LaunchRefusal.WRONG_VERSION,
  NO_DEPLOYMENT_ID_CLAIM: LaunchRefusal.MISSING_DEPLOYMENT_ID,
  NO_SUB_CLAIM: LaunchRefusal.MISSING_SUB,
  NO_ROLES_CLAIM: LaunchRefusal.MISSING_ROLES,
};

function refusalOf(err: LtijsError | undefined, scope: LaunchScope): Error {
  if (scope.refusal) return scope.refusal;
  if (scope.failure)
    return scope.failure instanceof Error ? scope.failure : new Error(JSON.stringify(scope.failure));
  const message = err?.details?.message ?? 'no reason given';
  const refusal = REFUSALS[message];
  if (refusal) return new LtiLaunchError(refusal, `ltijs: ${message}`);
  return new Error(`ltijs refused the launch for a reason Markpoint does not know: ${message}`);
}
