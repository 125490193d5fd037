import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import type { JWK, JWTHeaderParameters, JWTPayload, JWTVerifyGetKey, KeyLike } from 'jose';
import { AgsStore, lineItemJson, parseLineItem, parseScore } from './ags-store';
import type { LineItemFilters } from './ags-store';
import { buildIdTokenClaims, CLAIMS, fullRole, SCOPES, SERVICE_SCOPES, shortRole } from './claims';
import type { ClaimContext } from './claims';
import { FaultInjector } from './faults';
import type { ServiceKind } from './faults';
import { autoSubmitForm, bearerToken, HttpError, readBody, readForm, readJson, send, sendJson } from './http';
import { PLATFORM_CONFIGURATION, registrationProblem, TOOL_CONFIGURATION } from './registration';
import type {
  Fault,
  FaultLocation,
  LaunchOptions,
  LineItemRecord,
  PlatformFlavour,
  ScoreRecord,
  ServiceRequestRecord,
  SignOptions,
  StartOptions,
  TestMember,
  TokenRequestRecord,
} from './types';

const SERVICES_PREFIX = '/mod/lti/services.php/';
const TYPE_ID = '1';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const TOKEN_LIFETIME_SECONDS = 3600;

const MEDIA = {
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItemContainer: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  score: 'application/vnd.ims.lis.v1.score+json',
  resultContainer: 'application/vnd.ims.lis.v2.resultcontainer+json',
  membershipContainer: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
} as const;

type LaunchDefaults = Omit<LaunchOptions, 'nonce' | 'targetLinkUri'>;

interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

interface IssuedLogin {
  loginHint: string;
  targetLinkUri: string;
  launch: LaunchDefaults;
}

/** A parsed AGS/NRPS path under /mod/lti/services.php/. */
type ServiceRoute =
  | { kind: 'nrps'; contextId: string; deploymentId: string }
  | { kind: 'ags'; target: 'lineitems'; contextId: string }
  | { kind: 'ags'; target: 'lineitem' | 'results'; contextId: string; n: number }
  | { kind: 'scores'; contextId: string; n: number };

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid: randomUUID(), privateKey, publicJwk: await exportJWK(publicKey) };
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A fake Moodle 4.5 / Canvas LTI 1.3 platform on loopback for end-to-end tests and benchmarks:
 * OIDC login, signed launches, the OAuth2 token endpoint, AGS, NRPS, dynamic registration and
 * deep-linking returns, with the LMS quirks our tool must survive and injectable faults.
 */
export class TestLtiPlatform {
  readonly url: string;
  readonly flavour: PlatformFlavour;
  readonly issuer: string;
  clientId: string;
  deploymentId: string;
  readonly authLoginUrl: string;
  readonly tokenUrl: string;
  readonly jwksUrl: string;
  readonly openIdConfigurationUrl: string;
  readonly registrationUrl: string;
  readonly deepLinkReturnUrl: string;
  /** Where to fetch the tool's public keys (client assertions, deep-linking responses); set by a registration too. */
  toolJwksUrl?: string;
  /** The issuer the OpenID configuration reports, to test the tool's issuer check. */
  openIdIssuerOverride?: string;
  /** When set (a registration sets it), the auth endpoint only redirects to these. */
  redirectUris?: string[];
  jwksFetches = 0;

  readonly tokenRequests: TokenRequestRecord[] = [];
  readonly requests: ServiceRequestRecord[] = [];
  readonly registrations: Array<Record<string, unknown>> = [];
  readonly deepLinkResponses: Array<{ claims: Record<string, unknown> }> = [];

  private signingKey: SigningKey;
  private foreignSigningKey?: KeyLike;
  private readonly store: AgsStore;
  private readonly faults = new FaultInjector();
  private readonly members = new Map<string, TestMember[]>();
  private readonly accessTokens = new Map<string, { scopes: Set<string>; expiresAt: number }>();
  private readonly usedJtis = new Set<string>();
  private readonly registrationTokens = new Set<string>();
  private readonly issuedLogins = new Map<string, IssuedLogin>();
  private readonly pendingTimeouts = new Set<() => void>();
  private toolKeySet?: { url: string; keys: JWTVerifyGetKey };
  private nextDeploymentId: number;

  private constructor(
    private readonly server: Server,
    url: string,
    opts: StartOptions,
    key: SigningKey,
  ) {
    this.url = url;
    this.flavour = opts.flavour ?? 'moodle';
    this.issuer = opts.issuer ?? (this.flavour === 'canvas' ? 'https://canvas.instructure.com' : url);
    this.clientId = opts.clientId ?? `client-${randomBytes(6).toString('hex')}`;
    this.deploymentId = opts.deploymentId ?? '1';
    this.nextDeploymentId = (Number.parseInt(this.deploymentId, 10) || 1) + 1;
    this.authLoginUrl = `${url}/auth`;
    this.tokenUrl = `${url}/token`;
    this.jwksUrl = `${url}/jwks`;
    this.openIdConfigurationUrl = `${url}/.well-known/openid-configuration`;
    this.registrationUrl = `${url}/register`;
    this.deepLinkReturnUrl = `${url}/deep-link-return`;
    this.signingKey = key;
    this.store = new AgsStore(
      (contextId, n) => `${this.lineItemsPath(contextId)}/${n}/lineitem?type_id=${TYPE_ID}`,
    );
  }

  static async start(opts: StartOptions = {}): Promise<TestLtiPlatform> {
    const key = await newSigningKey();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const platform = new TestLtiPlatform(server, `http://127.0.0.1:${port}`, opts, key);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => platform.dispatch(req, res));
    return platform;
  }

  get kid(): string {
    return this.signingKey.kid;
  }

  /** Accepted scores, oldest first (ignored stale ones are in `ignoredScores`). */
  get scores(): ScoreRecord[] {
    return this.store.scores;
  }

  /** Stale scores, not stored: Canvas answers them 200, Moodle 409 (not newer than the stored one, to the second). */
  get ignoredScores(): ScoreRecord[] {
    return this.store.ignoredScores;
  }

  get lineItems(): LineItemRecord[] {
    return this.store.lineItems;
  }

  async rotateKey(): Promise<void> {
    this.signingKey = await newSigningKey();
  }

  loginInitiationParams(o: {
    targetLinkUri: string;
    loginHint?: string;
    messageHint?: string;
    /** Used by the /auth endpoint (the browser path) and as defaults for authorize(). */
    launch?: LaunchDefaults;
  }): Record<string, string> {
    const loginHint = o.loginHint ?? 'learner-1';
    const messageHint = o.messageHint ?? randomUUID();
    this.issuedLogins.set(messageHint, { loginHint, targetLinkUri: o.targetLinkUri, launch: o.launch ?? {} });
    const params: Record<string, string> = {
      iss: this.issuer,
      target_link_uri: o.targetLinkUri,
      login_hint: loginHint,
      lti_message_hint: messageHint,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    };
    if (this.flavour === 'canvas') params.lti_storage_target = 'post_message_forwarding';
    return params;
  }

  idTokenClaims(o: LaunchOptions): Record<string, unknown> {
    return buildIdTokenClaims(this.claimContext(), o);
  }

  async signIdToken(claims: Record<string, unknown>, o: SignOptions = {}): Promise<string> {
    const key = o.foreignKey ? await this.foreignKey() : this.signingKey.privateKey;
    const kid = o.kid === undefined ? this.signingKey.kid : o.kid;
    const header: JWTHeaderParameters = { alg: 'RS256', typ: 'JWT', ...(kid === null ? {} : { kid }) };
    return new SignJWT(claims).setProtectedHeader(header).sign(key);
  }

  authorize(
    authRequestUrl: string,
    o: LaunchDefaults & { sign?: SignOptions } = {},
  ): Promise<{ idToken: string; state: string; redirectUri: string }> {
    return this.authorizeParams(new URL(authRequestUrl, this.url).searchParams, o);
  }

  /** The body of Markpoint's `POST /api/v1/platforms` that registers this platform. */
  registrationBody(name = `${this.flavour} test platform`): Record<string, unknown> {
    return {
      name,
      issuer: this.issuer,
      clientId: this.clientId,
      authLoginUrl: this.authLoginUrl,
      authTokenUrl: this.tokenUrl,
      jwksUrl: this.jwksUrl,
      deploymentIds: [this.deploymentId],
    };
  }

  setMembers(contextId: string, members: TestMember[]): void {
    this.members.set(contextId, members);
  }

  /** The newest accepted score body for a user on a line item (id with or without its query). */
  currentScore(lineItemUrl: string, userId: string): Record<string, unknown> | undefined {
    return this.store.currentScore(lineItemUrl, userId);
  }

  failNext(n: number, fault: Fault, where: FaultLocation = 'any'): void {
    this.faults.failNext(n, fault, where);
  }

  outage(ms: number): void {
    this.faults.outage(ms);
  }

  failureRate(rate: number, status = 500): void {
    this.faults.failureRate(rate, status);
  }

  /** Clears queued faults, outages and the failure rate. */
  clearFaults(): void {
    this.faults.reset();
  }

  /** Forgets every issued access token, so the tool's next service call gets 401 and must fetch a new one. */
  revokeAccessTokens(): void {
    this.accessTokens.clear();
  }

  registrationToken(): string {
    const token = randomToken();
    this.registrationTokens.add(token);
    return token;
  }

  /** The URL to open in a browser to start dynamic registration, as the LMS admin page would. */
  registrationInitiationUrl(toolRegistrationUrl: string): string {
    const url = new URL(toolRegistrationUrl);
    url.searchParams.set('openid_configuration', this.openIdConfigurationUrl);
    url.searchParams.set('registration_token', this.registrationToken());
    return url.toString();
  }

  async close(): Promise<void> {
    for (const cancel of [...this.pendingTimeouts]) cancel();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ---- internals -------------------------------------------------------------------------------

  private claimContext(): ClaimContext {
    return {
      flavour: this.flavour,
      url: this.url,
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentId: this.deploymentId,
      // Moodle's lineitems URL carries the tool type id too, so filters must be appended with '&'.
      lineItemsUrl: (contextId) => `${this.lineItemsPath(contextId)}?type_id=${TYPE_ID}`,
      membershipsUrl: (contextId) => this.membershipsUrl(contextId),
      launchLineItem: (contextId, resourceLinkId) => {
        const existing = this.store
          .list(contextId, { resourceLinkId })
          .find((item) => item.resourceLinkId === resourceLinkId);
        const item =
          existing ?? this.store.create(contextId, { label: 'Quiz', scoreMaximum: 100, resourceLinkId });
        return item.id;
      },
    };
  }

  private lineItemsPath(contextId: string): string {
    return `${this.url}${SERVICES_PREFIX}${encodeURIComponent(contextId)}/lineitems`;
  }

  private membershipsUrl(contextId: string): string {
    return (
      `${this.url}${SERVICES_PREFIX}CourseSection/${encodeURIComponent(contextId)}` +
      `/bindings/${encodeURIComponent(this.deploymentId)}/memberships`
    );
  }

  private async foreignKey(): Promise<KeyLike> {
    this.foreignSigningKey ??= (await generateKeyPair('RS256')).privateKey;
    return this.foreignSigningKey;
  }

  /** The tool's key set; refetched at once on an unknown kid so tool key rotation works in tests. */
  private toolKeys(): JWTVerifyGetKey {
    const url = this.toolJwksUrl;
    if (!url) throw new HttpError(400, 'the test platform has no toolJwksUrl to verify the tool against');
    if (this.toolKeySet?.url !== url) {
      this.toolKeySet = {
        url,
        keys: createRemoteJWKSet(new URL(url), {
          cooldownDuration: 0,
          timeoutDuration: 2000,
          // No keep-alive: the platform must not hold sockets open on the tool's server.
          agent: new Agent({ keepAlive: false }),
        }),
      };
    }
    return this.toolKeySet.keys;
  }

  private async authorizeParams(
    params: URLSearchParams,
    o: LaunchDefaults & { sign?: SignOptions },
  ): Promise<{ idToken: string; state: string; redirectUri: string }> {
    const refused = (reason: string): Error =>
      new Error(`Test LTI platform refused the authentication request: ${reason}`);
    const get = (name: string): string => params.get(name) ?? '';
    if (!get('scope').split(' ').includes('openid'))
      throw refused(`scope must be 'openid', got '${get('scope')}'`);
    if (get('response_type') !== 'id_token') {
      throw refused(`response_type must be 'id_token', got '${get('response_type')}'`);
    }
    if (get('response_mode') !== 'form_post') {
      throw refused(`response_mode must be 'form_post', got '${get('response_mode')}'`);
    }
    if (get('prompt') !== 'none') throw refused(`prompt must be 'none', got '${get('prompt')}'`);
    if (get('client_id') !== this.clientId)
      throw refused(`client_id '${get('client_id')}' is not '${this.clientId}'`);
    const redirectUri = get('redirect_uri');
    if (!redirectUri) throw refused('redirect_uri is missing');
    if (this.redirectUris && !this.redirectUris.includes(redirectUri)) {
      throw refused(`redirect_uri '${redirectUri}' is not registered`);
    }
    const loginHint = get('login_hint');
    if (!loginHint) throw refused('login_hint is missing');
    const messageHint = get('lti_message_hint');
    if (!messageHint)
      throw refused('lti_message_hint is missing (it must be echoed from the login initiation)');
    const issued = this.issuedLogins.get(messageHint);
    if (!issued)
      throw refused(`lti_message_hint '${messageHint}' was never issued by loginInitiationParams()`);
    if (issued.loginHint !== loginHint)
      throw refused(`login_hint '${loginHint}' does not match the one initiated`);
    const state = get('state');
    if (!state) throw refused('state is missing');
    const nonce = get('nonce');
    if (!nonce) throw refused('nonce is missing');

    const { sign, ...launch } = { ...issued.launch, ...o };
    const claims = this.idTokenClaims({
      ...launch,
      sub: launch.sub === undefined ? loginHint : launch.sub,
      nonce,
      targetLinkUri: issued.targetLinkUri,
    });
    return { idToken: await this.signIdToken(claims, sign), state, redirectUri };
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): void {
    void this.route(req, res).catch((error: unknown) => this.answerError(res, error));
  }

  private answerError(res: ServerResponse, error: unknown): void {
    if (res.headersSent || res.destroyed) return;
    if (error instanceof HttpError) {
      if (error.json) sendJson(res, error.status, error.json);
      else send(res, error.status, error.message);
      return;
    }
    send(res, 500, `test platform error: ${errorMessage(error)}`);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (path === '/jwks' && method === 'GET') return this.serveJwks(res);
    if (path === '/.well-known/openid-configuration' && method === 'GET')
      return this.serveOpenIdConfiguration(res);
    if (path === '/auth' && (method === 'GET' || method === 'POST')) return this.serveAuth(req, res, url);
    if (path === '/register' && method === 'POST') return this.serveRegistration(req, res);
    if (path === '/deep-link-return' && method === 'POST') return this.serveDeepLinkReturn(req, res);
    if (path === '/token') return this.service(req, res, url, 'token', () => this.serveToken(req, res));
    if (path.startsWith(SERVICES_PREFIX)) {
      const route = this.parseServicePath(path.slice(SERVICES_PREFIX.length));
      if (route)
        return this.service(req, res, url, route.kind, () => this.serveService(req, res, url, route));
    }
    send(res, 404, `no route for ${method} ${path}`);
  }

  private parseServicePath(rest: string): ServiceRoute | undefined {
    const parts = rest.split('/').map((part) => decodeURIComponent(part));
    const [first, second, third, fourth, fifth] = parts;
    if (parts.length === 5 && first === 'CourseSection' && third === 'bindings' && fifth === 'memberships') {
      return { kind: 'nrps', contextId: second, deploymentId: fourth };
    }
    if (second !== 'lineitems') return undefined;
    if (parts.length === 2) return { kind: 'ags', target: 'lineitems', contextId: first };
    const n = Number(third);
    if (!Number.isInteger(n) || fourth !== 'lineitem') return undefined;
    if (parts.length === 4) return { kind: 'ags', target: 'lineitem', contextId: first, n };
    if (parts.length === 5 && fifth === 'scores') return { kind: 'scores', contextId: first, n };
    if (parts.length === 5 && fifth === 'results')
      return { kind: 'ags', target: 'results', contextId: first, n };
    return undefined;
  }

  /** Token, AGS and NRPS requests: recorded, subject to faults and to Canvas's User-Agent rule. */
  private async service(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    kind: ServiceKind,
    handler: () => Promise<void>,
  ): Promise<void> {
    const record: ServiceRequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      url: url.pathname + url.search,
      status: 0,
      at: new Date(),
    };
    this.requests.push(record);
    try {
      const fault = this.faults.take(kind);
      if (fault && 'answerDelayMs' in fault) this.delayAnswer(res, fault.answerDelayMs);
      if (fault && !('answerDelayMs' in fault)) await this.applyFault(req, res, fault);
      else if (this.flavour === 'canvas' && !req.headers['user-agent']) {
        send(
          res,
          400,
          JSON.stringify({ errors: [{ message: 'A User-Agent header is required' }] }),
          'application/json',
        );
      } else await handler();
    } catch (error) {
      this.answerError(res, error);
    }
    // Set before control returns to the event loop, so a client can never see the answer first.
    record.status = res.headersSent ? res.statusCode : 0;
  }

  /**
   * A slow platform: it does the work now (a score is stored at once) and its answer leaves later,
   * so a client that gives up first never learns the request succeeded.
   */
  private delayAnswer(res: ServerResponse, ms: number): void {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const cancel = (): void => {
        clearTimeout(timer);
        this.pendingTimeouts.delete(cancel);
        end(...args);
      };
      const timer = setTimeout(cancel, ms);
      this.pendingTimeouts.add(cancel);
      return res;
    }) as ServerResponse['end'];
  }

  private async applyFault(
    req: IncomingMessage,
    res: ServerResponse,
    fault: Exclude<Fault, { answerDelayMs: number }>,
  ): Promise<void> {
    if ('timeoutMs' in fault) {
      await new Promise<void>((resolve) => {
        const cancel = (): void => {
          clearTimeout(timer);
          this.pendingTimeouts.delete(cancel);
          req.socket.destroy();
          resolve();
        };
        const timer = setTimeout(cancel, fault.timeoutMs);
        this.pendingTimeouts.add(cancel);
        res.once('close', cancel);
      });
      return;
    }
    await readBody(req).catch(() => '');
    const body = fault.body ?? JSON.stringify({ error: STATUS_CODES[fault.status] ?? 'injected fault' });
    const start = body.trimStart();
    const type = start.startsWith('{')
      ? 'application/json'
      : start.startsWith('<')
        ? 'text/html; charset=utf-8'
        : 'text/plain; charset=utf-8';
    const headers: Record<string, string> =
      fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    send(res, fault.status, body, type, headers);
  }

  private serveJwks(res: ServerResponse): void {
    this.jwksFetches++;
    const { publicJwk, kid } = this.signingKey;
    sendJson(res, 200, { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] });
  }

  private serveOpenIdConfiguration(res: ServerResponse): void {
    sendJson(res, 200, {
      issuer: this.openIdIssuerOverride ?? this.issuer,
      authorization_endpoint: this.authLoginUrl,
      token_endpoint: this.tokenUrl,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      jwks_uri: this.jwksUrl,
      registration_endpoint: this.registrationUrl,
      scopes_supported: ['openid', ...SERVICE_SCOPES],
      response_types_supported: ['id_token'],
      subject_types_supported: ['public', 'pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: ['sub', 'iss', 'name', 'given_name', 'family_name', 'email'],
      [PLATFORM_CONFIGURATION]: {
        product_family_code: this.flavour,
        version: this.flavour === 'moodle' ? '4.5' : 'cloud',
        messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
      },
    });
  }

  private async serveAuth(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
    let answer: { idToken: string; state: string; redirectUri: string };
    try {
      answer = await this.authorizeParams(params, {});
    } catch (error) {
      send(res, 400, errorMessage(error));
      return;
    }
    send(
      res,
      200,
      autoSubmitForm(answer.redirectUri, { id_token: answer.idToken, state: answer.state }),
      'text/html; charset=utf-8',
    );
  }

  private async serveToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const oauthError = (status: number, error: string, description: string): HttpError =>
      new HttpError(status, description, { error, error_description: description });
    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch (error) {
      throw oauthError(400, 'invalid_request', errorMessage(error));
    }
    if (form.get('grant_type') !== 'client_credentials') {
      throw oauthError(400, 'unsupported_grant_type', "grant_type must be 'client_credentials'");
    }
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      throw oauthError(400, 'invalid_request', `client_assertion_type must be '${JWT_BEARER}'`);
    }
    const assertion = form.get('client_assertion');
    if (!assertion) throw oauthError(400, 'invalid_request', 'client_assertion is missing');
    if (!this.toolJwksUrl) throw oauthError(401, 'invalid_client', 'the test platform has no toolJwksUrl');

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(assertion, this.toolKeys(), {
        algorithms: ['RS256'],
        issuer: this.clientId,
        subject: this.clientId,
        audience: this.tokenUrl,
        requiredClaims: ['exp', 'jti'],
      }));
    } catch (error) {
      throw oauthError(401, 'invalid_client', `client assertion refused: ${errorMessage(error)}`);
    }
    const jti = String(payload.jti);
    if (this.usedJtis.has(jti))
      throw oauthError(401, 'invalid_client', `client assertion jti '${jti}' was already used`);
    this.usedJtis.add(jti);

    const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const granted = requested.filter((scope) => SERVICE_SCOPES.includes(scope));
    if (granted.length === 0) {
      throw oauthError(
        400,
        'invalid_scope',
        `none of the requested scopes is offered: '${requested.join(' ')}'`,
      );
    }
    const accessToken = randomToken();
    this.accessTokens.set(accessToken, {
      scopes: new Set(granted),
      expiresAt: Date.now() + TOKEN_LIFETIME_SECONDS * 1000,
    });
    const scope = granted.join(' ');
    this.tokenRequests.push({ scope, at: new Date() });
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_SECONDS,
      scope,
    });
  }

  /** 401 for a missing, unknown or expired token; 403 when it lacks every one of the scopes given. */
  private requireScope(req: IncomingMessage, anyOf: string[]): void {
    const token = bearerToken(req);
    const grant = token === undefined ? undefined : this.accessTokens.get(token);
    if (!grant || grant.expiresAt <= Date.now())
      throw new HttpError(401, 'missing, unknown or expired access token');
    if (!anyOf.some((scope) => grant.scopes.has(scope))) {
      throw new HttpError(403, `access token lacks the scope: ${anyOf.join(' or ')}`);
    }
  }

  private async serveService(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    route: ServiceRoute,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    if (route.kind === 'nrps') {
      if (method !== 'GET') throw new HttpError(405, 'memberships are read-only');
      return this.serveMemberships(req, res, url, route.contextId, route.deploymentId);
    }
    // Every AGS URL Moodle hands out carries ?type_id=; a tool that drops or mangles the query fails here.
    const typeId = url.searchParams.get('type_id');
    if (typeId !== TYPE_ID) {
      throw new HttpError(
        400,
        `type_id must be '${TYPE_ID}' (keep the service URL's query string), got '${typeId}'`,
      );
    }
    if (route.kind === 'ags' && route.target === 'lineitems') {
      return this.serveLineItems(req, res, url, route.contextId);
    }
    const item = this.store.find(route.contextId, route.n);
    if (!item) throw new HttpError(404, 'no such line item');
    if (route.kind === 'scores') {
      if (method !== 'POST') throw new HttpError(405, 'scores only accept POST');
      return this.serveScore(req, res, item);
    }
    if (route.target === 'results') {
      if (method !== 'GET') throw new HttpError(405, 'results are read-only');
      this.requireScope(req, [SCOPES.resultReadonly]);
      const userId = url.searchParams.get('user_id') ?? undefined;
      return sendJson(res, 200, this.store.results(item, userId), MEDIA.resultContainer);
    }
    switch (method) {
      case 'GET':
        this.requireScope(req, [SCOPES.lineItem, SCOPES.lineItemReadonly]);
        return sendJson(res, 200, lineItemJson(item), MEDIA.lineItem);
      case 'PUT': {
        this.requireScope(req, [SCOPES.lineItem]);
        const input = parseLineItem(await readJson(req, MEDIA.lineItem));
        if (typeof input === 'string') throw new HttpError(400, input);
        return sendJson(res, 200, lineItemJson(this.store.update(item, input)), MEDIA.lineItem);
      }
      case 'DELETE':
        this.requireScope(req, [SCOPES.lineItem]);
        this.store.delete(item);
        return send(res, 204);
      default:
        throw new HttpError(405, `${method} is not supported on a line item`);
    }
  }

  private async serveLineItems(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    contextId: string,
  ): Promise<void> {
    switch (req.method) {
      case 'GET': {
        this.requireScope(req, [SCOPES.lineItem, SCOPES.lineItemReadonly]);
        const filters: LineItemFilters = {
          resourceId: url.searchParams.get('resource_id') ?? undefined,
          resourceLinkId: url.searchParams.get('resource_link_id') ?? undefined,
          tag: url.searchParams.get('tag') ?? undefined,
        };
        return sendJson(
          res,
          200,
          this.store.list(contextId, filters).map(lineItemJson),
          MEDIA.lineItemContainer,
        );
      }
      case 'POST': {
        this.requireScope(req, [SCOPES.lineItem]);
        const input = parseLineItem(await readJson(req, MEDIA.lineItem));
        if (typeof input === 'string') throw new HttpError(400, input);
        return sendJson(res, 201, lineItemJson(this.store.create(contextId, input)), MEDIA.lineItem);
      }
      default:
        throw new HttpError(405, `${req.method} is not supported on line items`);
    }
  }

  private async serveScore(req: IncomingMessage, res: ServerResponse, item: LineItemRecord): Promise<void> {
    this.requireScope(req, [SCOPES.score]);
    const score = parseScore(await readJson(req, MEDIA.score));
    if (typeof score === 'string') throw new HttpError(400, score);
    const members = this.members.get(item.contextId);
    if (members) {
      const member = members.find((candidate) => candidate.userId === score.userId);
      const learner = member?.roles.some((role) => shortRole(role) === 'Learner') ?? false;
      if (!learner) {
        switch (this.flavour) {
          case 'moodle':
            throw new HttpError(400, `user '${String(score.userId)}' is not a learner in this course`);
          case 'canvas':
            throw new HttpError(422, 'User not found in course or is not a student', {
              errors: {
                type: 'unprocessable_entity',
                message: 'User not found in course or is not a student',
              },
            });
        }
      }
    }
    const stored = this.store.recordScore(item, score, this.flavour === 'moodle');
    switch (this.flavour) {
      case 'moodle':
        // Moodle refuses a score whose timestamp is not newer than the stored one (to the second).
        return send(res, stored ? 200 : 409);
      case 'canvas':
        return sendJson(res, 200, {
          resultUrl: `${item.id.split('?')[0]}/results/${encodeURIComponent(String(score.userId))}`,
        });
    }
  }

  private serveMemberships(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    contextId: string,
    deploymentId: string,
  ): void {
    this.requireScope(req, [SCOPES.contextMembership]);
    if (deploymentId !== this.deploymentId) throw new HttpError(404, `no deployment '${deploymentId}'`);
    const role = url.searchParams.get('role');
    const members = (this.members.get(contextId) ?? [])
      .filter((member) => role === null || member.roles.some((r) => fullRole(r) === fullRole(role)))
      .map((member) => ({
        user_id: member.userId,
        // Moodle answers short role names; Canvas answers full URIs.
        roles: member.roles.map((r) => (this.flavour === 'moodle' ? shortRole(r) : fullRole(r))),
        status: member.status ?? 'Active',
        ...(member.name === undefined ? {} : { name: member.name }),
      }));
    sendJson(
      res,
      200,
      {
        id: url.origin + url.pathname,
        context: { id: contextId, label: contextId, title: `Course ${contextId}` },
        members,
      },
      MEDIA.membershipContainer,
    );
  }

  private async serveRegistration(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = bearerToken(req);
    if (token === undefined || !this.registrationTokens.has(token)) {
      return send(res, 401, 'registration requires a valid, unused registration token');
    }
    const body = await readJson(req, 'application/json');
    const problem = registrationProblem(body);
    if (problem) return sendJson(res, 400, { error: 'invalid_client_metadata', error_description: problem });
    // One-time: spent only by a registration that succeeded, so a tool may correct its request.
    this.registrationTokens.delete(token);

    const registration = body as Record<string, unknown>;
    this.clientId = `client-${randomBytes(6).toString('hex')}`;
    this.deploymentId = String(this.nextDeploymentId++);
    this.toolJwksUrl = registration.jwks_uri as string;
    this.redirectUris = registration.redirect_uris as string[];
    const answer: Record<string, unknown> = {
      ...registration,
      client_id: this.clientId,
      [TOOL_CONFIGURATION]: {
        ...(registration[TOOL_CONFIGURATION] as Record<string, unknown>),
        deployment_id: this.deploymentId,
      },
    };
    this.registrations.push(answer);
    sendJson(res, 200, answer);
  }

  private async serveDeepLinkReturn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const jwt = form.get('JWT');
    if (!jwt) return send(res, 400, 'deep-linking response refused: the JWT form field is missing');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(jwt, this.toolKeys(), {
        algorithms: ['RS256'],
        issuer: this.clientId,
        audience: this.issuer,
      }));
    } catch (error) {
      return send(res, 400, `deep-linking response refused: ${errorMessage(error)}`);
    }
    const problem =
      typeof claims.nonce !== 'string' || claims.nonce === ''
        ? 'nonce is missing'
        : claims[CLAIMS.messageType] !== 'LtiDeepLinkingResponse'
          ? `message_type must be LtiDeepLinkingResponse, got '${String(claims[CLAIMS.messageType])}'`
          : claims[CLAIMS.version] !== '1.3.0'
            ? `version must be 1.3.0, got '${String(claims[CLAIMS.version])}'`
            : claims[CLAIMS.deploymentId] !== this.deploymentId
              ? `deployment_id must be '${this.deploymentId}', got '${String(claims[CLAIMS.deploymentId])}'`
              : undefined;
    if (problem) return send(res, 400, `deep-linking response refused: ${problem}`);
    this.deepLinkResponses.push({ claims });
    send(res, 200, '<!doctype html><p>received</p>', 'text/html; charset=utf-8');
  }
}
