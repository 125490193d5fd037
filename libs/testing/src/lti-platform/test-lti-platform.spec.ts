import { randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { KeyLike } from 'jose';
import { CLAIMS, SCOPES } from './claims';
import { TestLtiPlatform } from './test-lti-platform';

// The tool's side: its own key pair, published from a tiny JWKS server on loopback.
let toolKey: KeyLike;
let toolKid: string;
let toolJwksServer: Server;
let toolJwksUrl: string;
const platforms: TestLtiPlatform[] = [];

const TOOL = 'http://127.0.0.1:4999';
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  toolKey = pair.privateKey;
  toolKid = randomUUID();
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: toolKid, alg: 'RS256', use: 'sig' };
  toolJwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => toolJwksServer.listen(0, '127.0.0.1', resolve));
  toolJwksUrl = `http://127.0.0.1:${(toolJwksServer.address() as AddressInfo).port}/jwks`;
});

afterAll(async () => {
  await Promise.all(platforms.map((platform) => platform.close()));
  toolJwksServer.closeAllConnections();
  await new Promise<void>((resolve) => toolJwksServer.close(() => resolve()));
});

async function startPlatform(flavour: 'moodle' | 'canvas' = 'moodle'): Promise<TestLtiPlatform> {
  const platform = await TestLtiPlatform.start({ flavour });
  platform.toolJwksUrl = toolJwksUrl;
  platforms.push(platform);
  return platform;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Untyped like supertest's body: the assertions check it field by field. */
  json: () => ReturnType<typeof JSON.parse>;
}

/** node:http rather than fetch, so a request can go without any User-Agent header. */
function call(
  method: string,
  url: string,
  o: { headers?: Record<string, string>; body?: string; userAgent?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.userAgent !== null) headers['user-agent'] = o.userAgent ?? 'markpoint-spec';
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

function clientAssertion(platform: TestLtiPlatform, o: { aud?: string; jti?: string } = {}): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: toolKid })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(o.aud ?? platform.tokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(o.jti ?? randomUUID())
    .sign(toolKey);
}

function tokenRequest(platform: TestLtiPlatform, assertion: string, scopes: string[], userAgent?: null) {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope: scopes.join(' '),
  }).toString();
  return call('POST', platform.tokenUrl, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    userAgent,
  });
}

async function accessToken(
  platform: TestLtiPlatform,
  scopes: string[] = Object.values(SCOPES),
): Promise<string> {
  const answer = await tokenRequest(platform, await clientAssertion(platform), scopes);
  expect(answer.status).toBe(200);
  return answer.json().access_token as string;
}

function postScore(token: string, lineItemUrl: string, score: Record<string, unknown>): Promise<Answer> {
  const url = new URL(lineItemUrl);
  url.pathname += '/scores';
  return call('POST', url.toString(), {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.ims.lis.v1.score+json' },
    body: JSON.stringify(score),
  });
}

function score(userId: string, scoreGiven: number, timestamp: string): Record<string, unknown> {
  return {
    userId,
    scoreGiven,
    scoreMaximum: 10,
    timestamp,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  };
}

function authRequestUrl(
  platform: TestLtiPlatform,
  login: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const url = new URL(platform.authLoginUrl);
  const params: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: login.client_id,
    redirect_uri: `${TOOL}/lti/launch`,
    login_hint: login.login_hint,
    lti_message_hint: login.lti_message_hint,
    state: 'state-1',
    nonce: 'nonce-1',
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) if (value !== '') url.searchParams.set(name, value);
  return url.toString();
}

describe('TestLtiPlatform', () => {
  it('signs Moodle-shaped id_tokens that verify against its JWKS, and rotates keys', async () => {
    const platform = await startPlatform();
    const claims = platform.idTokenClaims({
      targetLinkUri: `${TOOL}/lti/launch`,
      nonce: 'n-1',
      ags: { lineitem: true },
    });
    const idToken = await platform.signIdToken(claims);

    const jwks = createRemoteJWKSet(new URL(platform.jwksUrl));
    const { payload, protectedHeader } = await jwtVerify(idToken, jwks, {
      issuer: platform.url,
      audience: platform.clientId,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.kid).toBe(platform.kid);
    expect(platform.jwksFetches).toBe(1);
    expect(payload.aud).toBe(platform.clientId);
    expect(payload.azp).toBeUndefined();
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(payload.sub).toBe('learner-1');
    expect(payload.nonce).toBe('n-1');
    expect(payload[CLAIMS.deploymentId]).toBe('1');
    expect(payload[CLAIMS.roles]).toEqual([LEARNER]);
    expect(payload[CLAIMS.messageType]).toBe('LtiResourceLinkRequest');
    expect(payload[CLAIMS.resourceLink]).toMatchObject({ id: 'rl-1' });
    const ags = payload[CLAIMS.ags] as Record<string, string>;
    expect(ags.lineitems).toBe(`${platform.url}/mod/lti/services.php/course-1/lineitems?type_id=1`);
    expect(ags.lineitem).toBe(platform.lineItems[0].id);
    expect(ags.lineitem).toMatch(/\/lineitems\/1\/lineitem\?type_id=1$/);
    expect(payload[CLAIMS.nrps]).toEqual({
      context_memberships_url: `${platform.url}/mod/lti/services.php/CourseSection/course-1/bindings/1/memberships`,
      service_versions: ['2.0'],
    });

    const omitted = platform.idTokenClaims({
      targetLinkUri: 'x',
      nonce: 'n',
      sub: null,
      ags: false,
      claims: { iss: 'x' },
    });
    expect(omitted.sub).toBeUndefined();
    expect(omitted[CLAIMS.ags]).toBeUndefined();
    expect(omitted.iss).toBe('x');

    const noKid = await platform.signIdToken(claims, { kid: null });
    expect(decodeProtectedHeader(noKid).kid).toBeUndefined();
    const forged = await platform.signIdToken(claims, { foreignKey: true });
    await expect(jwtVerify(forged, jwks)).rejects.toThrow(/signature/);

    const oldKid = platform.kid;
    await platform.rotateKey();
    expect(platform.kid).not.toBe(oldKid);
    const rotated = await platform.signIdToken(claims);
    await expect(jwtVerify(rotated, createRemoteJWKSet(new URL(platform.jwksUrl)))).resolves.toBeDefined();
    await expect(jwtVerify(idToken, createRemoteJWKSet(new URL(platform.jwksUrl)))).rejects.toThrow(
      /no applicable key/,
    );
  });

  it('answers a valid OIDC auth request and refuses one without a nonce', async () => {
    const platform = await startPlatform();
    const login = platform.loginInitiationParams({
      targetLinkUri: `${TOOL}/lti/launch`,
      loginHint: 'user-7',
    });
    expect(Object.keys(login).sort()).toEqual(
      ['client_id', 'iss', 'login_hint', 'lti_deployment_id', 'lti_message_hint', 'target_link_uri'].sort(),
    );

    const { idToken, state, redirectUri } = await platform.authorize(authRequestUrl(platform, login), {});
    expect(state).toBe('state-1');
    expect(redirectUri).toBe(`${TOOL}/lti/launch`);
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(platform.jwksUrl)));
    expect(payload.sub).toBe('user-7');
    expect(payload.nonce).toBe('nonce-1');

    await expect(platform.authorize(authRequestUrl(platform, login, { nonce: '' }), {})).rejects.toThrow(
      /nonce is missing/,
    );
    await expect(
      platform.authorize(authRequestUrl(platform, login, { lti_message_hint: 'other' }), {}),
    ).rejects.toThrow(/lti_message_hint/);

    const page = await call('GET', authRequestUrl(platform, login));
    expect(page.status).toBe(200);
    expect(page.text).toContain(`action="${TOOL}/lti/launch"`);
    expect(page.text).toMatch(/name="id_token" value="[\w-]+\.[\w-]+\.[\w-]+"/);
    const refused = await call('GET', authRequestUrl(platform, login, { prompt: 'login' }));
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/prompt/);
  });

  it('issues access tokens for a valid client assertion only, once per jti', async () => {
    const platform = await startPlatform();
    const assertion = await clientAssertion(platform);
    const first = await tokenRequest(platform, assertion, [SCOPES.score, 'https://example.com/other']);
    expect(first.status).toBe(200);
    expect(first.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: SCOPES.score });
    expect(platform.tokenRequests).toHaveLength(1);

    const replay = await tokenRequest(platform, assertion, [SCOPES.score]);
    expect(replay.status).toBe(401);
    expect(replay.json()).toMatchObject({ error: 'invalid_client' });

    const wrongAud = await tokenRequest(platform, await clientAssertion(platform, { aud: platform.url }), [
      SCOPES.score,
    ]);
    expect(wrongAud.status).toBe(401);
    expect(wrongAud.json().error_description).toMatch(/aud/);
    expect(platform.tokenRequests).toHaveLength(1);
  });

  it('stores line items and scores, refusing with 409 a score not newer than the current one to the second', async () => {
    const platform = await startPlatform();
    const token = await accessToken(platform);
    const created = await call('POST', `${platform.url}/mod/lti/services.php/course-1/lineitems?type_id=1`, {
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/vnd.ims.lis.v2.lineitem+json',
      },
      body: JSON.stringify({ label: 'Quiz 1', scoreMaximum: 10, resourceLinkId: 'rl-1', tag: 'quiz' }),
    });
    expect(created.status).toBe(201);
    const item = created.json();
    expect(item.id).toBe(`${platform.url}/mod/lti/services.php/course-1/lineitems/1/lineitem?type_id=1`);

    const listed = await call(
      'GET',
      `${platform.url}/mod/lti/services.php/course-1/lineitems?type_id=1&resource_link_id=rl-1`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(listed.headers['content-type']).toBe('application/vnd.ims.lis.v2.lineitemcontainer+json');
    expect(listed.json()).toEqual([item]);

    expect((await postScore(token, item.id, score('learner-1', 8, '2025-01-01T10:00:00Z'))).status).toBe(200);
    expect(platform.currentScore(item.id, 'learner-1')).toMatchObject({ scoreGiven: 8 });

    const older = await postScore(token, item.id, score('learner-1', 3, '2025-01-01T09:00:00Z'));
    expect(older.status).toBe(409);
    // Moodle keeps whole seconds: a repeat (or another score) within the same second is refused too.
    const sameSecond = await postScore(token, item.id, score('learner-1', 4, '2025-01-01T10:00:00.900Z'));
    expect(sameSecond.status).toBe(409);
    expect(platform.currentScore(item.id, 'learner-1')).toMatchObject({ scoreGiven: 8 });
    expect(platform.scores).toHaveLength(1);
    expect(platform.ignoredScores).toHaveLength(2);

    const dropQuery = item.id.replace('?type_id=1', '');
    expect((await postScore(token, dropQuery, score('learner-1', 9, '2025-01-01T11:00:00Z'))).status).toBe(
      400,
    );
    const invalid = await postScore(token, item.id, { userId: 'learner-1', scoreGiven: 1 });
    expect(invalid.status).toBe(400);

    const results = await call('GET', item.id.replace('?', '/results?'), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(results.json()).toEqual([
      expect.objectContaining({ userId: 'learner-1', resultScore: 8, resultMaximum: 10 }),
    ]);

    platform.setMembers('course-1', [{ userId: 'teacher-1', roles: ['Instructor'] }]);
    const teacher = await postScore(token, item.id, score('teacher-1', 5, '2025-01-01T12:00:00Z'));
    expect(teacher.status).toBe(400);

    const readOnly = await accessToken(platform, [SCOPES.lineItemReadonly]);
    expect((await postScore(readOnly, item.id, score('learner-1', 5, '2025-01-01T13:00:00Z'))).status).toBe(
      403,
    );
    expect((await postScore('nonsense', item.id, score('learner-1', 5, '2025-01-01T13:00:00Z'))).status).toBe(
      401,
    );
  });

  it('injects faults: failNext with Retry-After, then an outage', async () => {
    const platform = await startPlatform();
    platform.failNext(1, { status: 429, retryAfterSeconds: 7 }, 'token');
    const limited = await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score]);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect((await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score])).status).toBe(200);

    platform.outage(10_000);
    expect((await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score])).status).toBe(503);
    expect(platform.requests.map((r) => r.status)).toEqual([429, 200, 503]);
    platform.clearFaults();
    expect((await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score])).status).toBe(200);

    platform.failNext(1, { timeoutMs: 50 }, 'nrps');
    const token = await accessToken(platform);
    const memberships = `${platform.url}/mod/lti/services.php/CourseSection/course-1/bindings/1/memberships`;
    await expect(call('GET', memberships, { headers: { authorization: `Bearer ${token}` } })).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    expect(platform.requests.at(-1)).toMatchObject({ method: 'GET', status: 0 });

    // close() must not wait for a request the platform is deliberately not answering.
    platform.failNext(1, { timeoutMs: 60_000 }, 'token');
    const hanging = tokenRequest(platform, await clientAssertion(platform), [SCOPES.score]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await platform.close();
    await expect(hanging).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('plays Canvas: storage target, User-Agent required, 422 for non-students', async () => {
    const platform = await startPlatform('canvas');
    expect(platform.issuer).toBe('https://canvas.instructure.com');
    expect(platform.loginInitiationParams({ targetLinkUri: TOOL }).lti_storage_target).toBe(
      'post_message_forwarding',
    );
    expect(platform.idTokenClaims({ targetLinkUri: TOOL, nonce: 'n' }).iss).toBe(
      'https://canvas.instructure.com',
    );

    const noAgent = await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score], null);
    expect(noAgent.status).toBe(400);

    const token = await accessToken(platform);
    platform.idTokenClaims({ targetLinkUri: TOOL, nonce: 'n', ags: { lineitem: true } });
    platform.setMembers('course-1', [{ userId: 'ta-1', roles: ['TeachingAssistant'] }]);
    const answer = await postScore(token, platform.lineItems[0].id, score('ta-1', 1, '2025-01-01T10:00:00Z'));
    expect(answer.status).toBe(422);
    expect(platform.scores).toHaveLength(0);
  });

  it('should answer 200 to a stale score on Canvas without storing it, and accept a newer one in the same second', async () => {
    const platform = await startPlatform('canvas');
    const token = await accessToken(platform);
    platform.idTokenClaims({ targetLinkUri: TOOL, nonce: 'n', ags: { lineitem: true } });
    const item = platform.lineItems[0].id;
    expect((await postScore(token, item, score('student-1', 8, '2025-01-01T10:00:00.100Z'))).status).toBe(
      200,
    );
    expect((await postScore(token, item, score('student-1', 3, '2025-01-01T09:00:00Z'))).status).toBe(200);
    expect((await postScore(token, item, score('student-1', 9, '2025-01-01T10:00:00.500Z'))).status).toBe(
      200,
    );
    expect(platform.currentScore(item, 'student-1')).toMatchObject({ scoreGiven: 9 });
    expect(platform.ignoredScores).toHaveLength(1);
  });

  it('should inject a 200 HTML page in place of a service answer, and a slow answer', async () => {
    const platform = await startPlatform();
    platform.failNext(1, { status: 200, body: '<!DOCTYPE html><html><body>Log in</body></html>' }, 'token');
    const page = await tokenRequest(platform, await clientAssertion(platform), [SCOPES.score]);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('Log in');

    const token = await accessToken(platform);
    platform.idTokenClaims({ targetLinkUri: TOOL, nonce: 'n', ags: { lineitem: true } });
    const item = platform.lineItems[0].id;
    platform.failNext(1, { answerDelayMs: 400 }, 'scores');
    const started = Date.now();
    const slow = postScore(token, item, score('learner-1', 7, '2025-01-01T10:00:00Z'));
    // The score is stored before the answer leaves.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(platform.currentScore(item, 'learner-1')).toMatchObject({ scoreGiven: 7 });
    expect((await slow).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it('lists course members over NRPS with Moodle short role names', async () => {
    const platform = await startPlatform();
    platform.setMembers('course-1', [
      { userId: 'learner-1', roles: ['Learner'], name: 'Ada' },
      { userId: 'teacher-1', roles: ['Instructor'], status: 'Inactive' },
    ]);
    const claims = platform.idTokenClaims({ targetLinkUri: TOOL, nonce: 'n' });
    const url = (claims[CLAIMS.nrps] as { context_memberships_url: string }).context_memberships_url;

    const noScope = await accessToken(platform, [SCOPES.score]);
    expect((await call('GET', url, { headers: { authorization: `Bearer ${noScope}` } })).status).toBe(403);

    const token = await accessToken(platform, [SCOPES.contextMembership]);
    const answer = await call('GET', url, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/vnd.ims.lti-nrps.v2.membershipcontainer+json');
    expect(answer.json()).toEqual({
      id: url,
      context: expect.objectContaining({ id: 'course-1' }),
      members: [
        { user_id: 'learner-1', roles: ['Learner'], status: 'Active', name: 'Ada' },
        { user_id: 'teacher-1', roles: ['Instructor'], status: 'Inactive' },
      ],
    });
  });

  it('registers a tool once per registration token and checks the domain', async () => {
    const platform = await startPlatform();
    const config = (await call('GET', platform.openIdConfigurationUrl)).json();
    expect(config).toMatchObject({ issuer: platform.url, registration_endpoint: `${platform.url}/register` });

    const registration = (domain: string) => ({
      application_type: 'web',
      grant_types: ['implicit', 'client_credentials'],
      response_types: ['id_token'],
      initiate_login_uri: `${TOOL}/lti/login`,
      redirect_uris: [`${TOOL}/lti/launch`],
      jwks_uri: toolJwksUrl,
      token_endpoint_auth_method: 'private_key_jwt',
      scope: SCOPES.score,
      'https://purl.imsglobal.org/spec/lti-tool-configuration': {
        domain,
        target_link_uri: `${TOOL}/lti/launch`,
      },
    });
    const register = (token: string, body: unknown) =>
      call('POST', `${platform.url}/register`, {
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const token = platform.registrationToken();
    const wrongDomain = await register(token, registration('127.0.0.1'));
    expect(wrongDomain.status).toBe(400);
    expect(wrongDomain.text).toMatch(/domain/);

    const ok = await register(token, registration('127.0.0.1:4999'));
    expect(ok.status).toBe(200);
    const answer = ok.json();
    expect(answer.client_id).toBe(platform.clientId);
    expect(answer['https://purl.imsglobal.org/spec/lti-tool-configuration'].deployment_id).toBe('2');
    expect(platform.deploymentId).toBe('2');
    expect(platform.registrations).toHaveLength(1);

    expect((await register(token, registration('127.0.0.1:4999'))).status).toBe(401);
  });

  it('verifies deep-linking responses against the tool JWKS', async () => {
    const platform = await startPlatform();
    const response = (claims: Record<string, unknown>) =>
      new SignJWT({
        nonce: 'dl-nonce',
        [CLAIMS.messageType]: 'LtiDeepLinkingResponse',
        [CLAIMS.version]: '1.3.0',
        [CLAIMS.deploymentId]: platform.deploymentId,
        'https://purl.imsglobal.org/spec/lti-dl/claim/content_items': [
          { type: 'ltiResourceLink', title: 'Quiz' },
        ],
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: toolKid })
        .setIssuer(platform.clientId)
        .setAudience(platform.issuer)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(toolKey);
    const post = async (jwt: string) =>
      call('POST', `${platform.url}/deep-link-return`, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ JWT: jwt }).toString(),
      });

    const request = platform.idTokenClaims({
      kind: 'deep-linking',
      targetLinkUri: `${TOOL}/lti/deep`,
      nonce: 'n',
    });
    expect(request[CLAIMS.messageType]).toBe('LtiDeepLinkingRequest');
    expect(request[CLAIMS.resourceLink]).toBeUndefined();
    expect(request[CLAIMS.deepLinkingSettings]).toEqual({
      deep_link_return_url: platform.deepLinkReturnUrl,
      accept_types: ['ltiResourceLink'],
      accept_presentation_document_targets: ['iframe', 'window'],
      accept_multiple: true,
    });

    const ok = await post(await response({}));
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('received');
    expect(platform.deepLinkResponses[0].claims.nonce).toBe('dl-nonce');

    const wrongType = await post(await response({ [CLAIMS.messageType]: 'LtiResourceLinkRequest' }));
    expect(wrongType.status).toBe(400);
    const forged = await new SignJWT({ nonce: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: toolKid })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .sign((await generateKeyPair('RS256')).privateKey);
    expect((await post(forged)).status).toBe(400);
    expect(platform.deepLinkResponses).toHaveLength(1);
  });
});
