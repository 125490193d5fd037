import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import { LaunchRefusal, NonceSweeper } from '@markpoint/lti';
import { resetDatabase, TestLtiPlatform } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import {
  INSTRUCTOR,
  launch,
  LEARNER,
  listen,
  refusalCode,
  registerPlatform,
  sampleQuiz,
  type LaunchDefaults,
} from './utils/lti';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(30_000);

describe('LTI 1.3 launches (/lti/login, /lti/launch)', () => {
  let ctx: TestApp;
  let moodle: TestLtiPlatform;
  let admin: TestCaller;
  let platformId: string;
  let quizId: string;
  const http = () => request(ctx.app.getHttpServer());
  const learnerLaunch = (extra: LaunchDefaults = {}): LaunchDefaults => ({
    custom: { quiz_id: quizId },
    ...extra,
  });

  beforeAll(async () => {
    ctx = await createTestApp();
    const base = await listen(ctx);
    moodle = await TestLtiPlatform.start({ flavour: 'moodle' });
    moodle.toolJwksUrl = `${base}/lti/jwks`;
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin', 'author']);
    platformId = await registerPlatform(ctx, admin, moodle);
    ({ quizId } = await sampleQuiz(ctx, admin));
  });
  afterAll(async () => {
    await moodle.close();
    await ctx.close();
  });

  it('should send a learner to a new attempt in the player, resume it on the next launch, and store no personal data', async () => {
    const first = await launch(ctx, moodle, {
      launch: learnerLaunch({ name: 'Ada Lovelace', email: 'ada@example.org' }),
    });
    expect(first.login.status).toBe(302);
    const auth = new URL(first.login.headers.location);
    expect(auth.origin + auth.pathname).toBe(moodle.authLoginUrl);
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: moodle.clientId,
      login_hint: 'learner-1',
    });
    expect(first.launch.status).toBe(303);
    expect(first.launch.headers.location).toMatch(/^\/play\/[\w.-]+$/);
    const page = await http().get(first.launch.headers.location).expect(200);
    expect(page.text).toContain('Unit 3 check');

    const second = await launch(ctx, moodle, { launch: learnerLaunch() });
    expect(second.launch.status).toBe(303);
    const attempts = await ctx.dataSource.query<{ learner_ref: string }[]>(
      'SELECT learner_ref FROM attempts',
    );
    expect(attempts).toEqual([{ learner_ref: `lti:${platformId}:learner-1` }]);
    const dump = JSON.stringify(
      await ctx.dataSource.query(
        'SELECT * FROM lti_link_users u JOIN lti_resource_links l ON l.id = u.link_id',
      ),
    );
    expect(dump).not.toContain('Ada');
    expect(dump).not.toContain('ada@example.org');

    // ltijs validated both launches and kept its session documents, without the name or email.
    const ltijs = await ctx.dataSource.query<{ doc: { user: string; deploymentId: string } }[]>(
      'SELECT doc FROM ltijs_id_tokens',
    );
    expect(ltijs.map((r) => [r.doc.user, r.doc.deploymentId])).toEqual([['learner-1', moodle.deploymentId]]);
    const ltijsDump = JSON.stringify([
      ltijs,
      await ctx.dataSource.query('SELECT doc FROM ltijs_context_tokens'),
    ]);
    expect(ltijsDump).toContain('learner-1');
    expect(ltijsDump).not.toContain('Ada');
    expect(ltijsDump).not.toContain('ada@example.org');
  });

  it.each([
    ['a full instructor role', [INSTRUCTOR]],
    ['a short instructor role', ['Instructor']],
    [
      'a teaching assistant sub-role',
      ['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'],
    ],
    [
      'an institution administrator',
      ['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'],
    ],
    ['a content developer', ['http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper']],
  ])('should send %s to the quiz dashboard', async (_, roles) => {
    const run = await launch(ctx, moodle, { launch: learnerLaunch({ roles, sub: 'teacher-1' }) });
    expect(run.launch.status).toBe(303);
    expect(run.launch.headers.location).toMatch(/^\/lti\/dashboard\//);
    const dashboard = await http().get(run.launch.headers.location).expect(200);
    expect(dashboard.text).toContain('Unit 3 check');
    expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM attempts')).toEqual([{ n: 0 }]);
  });

  it.each([
    ['unknown roles', { roles: ['http://example.org/roles#Visitor'] }],
    ['empty roles', { roles: [] }],
    ['short learner role', { roles: ['Learner'] }],
    ['no name or email', {}],
    ['no context', { contextId: null }],
  ])('should accept a valid launch with %s as a learner', async (_, extra: LaunchDefaults) => {
    const run = await launch(ctx, moodle, { launch: learnerLaunch(extra) });
    expect(run.launch.status).toBe(303);
    expect(run.launch.headers.location).toMatch(/^\/play\//);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const badPayloads: [string, LaunchRefusal, Parameters<typeof launch>[2]][] = [
    ['no kid', LaunchRefusal.NO_KID, { sign: { kid: null } }],
    ['an unknown kid', LaunchRefusal.UNKNOWN_KID, { sign: { kid: 'not-a-published-key' } }],
    ['a bad signature', LaunchRefusal.BAD_SIGNATURE, { sign: { foreignKey: true } }],
    [
      'an expired token',
      LaunchRefusal.EXPIRED,
      { launch: learnerLaunch({ claims: { iat: now() - 600, exp: now() - 300 } }) },
    ],
    [
      'a wrong aud',
      LaunchRefusal.WRONG_AUDIENCE,
      { launch: learnerLaunch({ claims: { aud: 'another-tool' } }) },
    ],
    [
      'a wrong iss',
      LaunchRefusal.WRONG_ISSUER,
      { launch: learnerLaunch({ claims: { iss: 'https://evil.example' } }) },
    ],
    ['no exp', LaunchRefusal.EXPIRED, { launch: learnerLaunch({ claims: { exp: undefined } }) }],
    ['no iat', LaunchRefusal.EXPIRED, { launch: learnerLaunch({ claims: { iat: undefined } }) }],
    [
      'an exp that is not a number',
      LaunchRefusal.EXPIRED,
      { launch: learnerLaunch({ claims: { exp: 'tomorrow' } }) },
    ],
    [
      'a token issued over a minute ago (ltijs: TOKEN_TOO_OLD)',
      LaunchRefusal.EXPIRED,
      { launch: learnerLaunch({ claims: { iat: now() - 120, exp: now() + 60 } }) },
    ],
    [
      'an unsupported message_type',
      LaunchRefusal.UNSUPPORTED_MESSAGE_TYPE,
      { launch: learnerLaunch({ messageType: 'LtiSubmissionReviewRequest' }) },
    ],
    ['a wrong version', LaunchRefusal.WRONG_VERSION, { launch: learnerLaunch({ version: '1.2.0' }) }],
    ['no version', LaunchRefusal.WRONG_VERSION, { launch: learnerLaunch({ version: null }) }],
    ['no message_type', LaunchRefusal.MISSING_MESSAGE_TYPE, { launch: learnerLaunch({ messageType: null }) }],
    ['no roles', LaunchRefusal.MISSING_ROLES, { launch: learnerLaunch({ roles: null }) }],
    [
      'no deployment_id',
      LaunchRefusal.MISSING_DEPLOYMENT_ID,
      { launch: learnerLaunch({ deploymentId: null }) },
    ],
    [
      'an unknown deployment',
      LaunchRefusal.UNKNOWN_DEPLOYMENT,
      { launch: learnerLaunch({ deploymentId: 'not-ours' }) },
    ],
    [
      'no resource_link id',
      LaunchRefusal.MISSING_RESOURCE_LINK_ID,
      { launch: learnerLaunch({ resourceLinkId: null }) },
    ],
    ['no sub', LaunchRefusal.MISSING_SUB, { launch: learnerLaunch({ sub: null }), loginHint: 'learner-1' }],
    [
      'a nonce other than the login asked for',
      LaunchRefusal.NONCE_MISMATCH,
      { launch: learnerLaunch({ claims: { nonce: 'forged' } }) },
    ],
    [
      'no state cookie (and no platform storage)',
      LaunchRefusal.STATE_NOT_BOUND,
      { launch: learnerLaunch(), sendCookie: false },
    ],
  ];

  it.each(badPayloads)(
    'should refuse a launch with %s, with a page and a logged reason',
    async (_, code, options) => {
      const warn = jest.spyOn(Logger.prototype, 'warn');
      try {
        const run = await launch(ctx, moodle, options);
        expect(run.launch.status).toBeGreaterThanOrEqual(400);
        expect(run.launch.status).toBeLessThan(500);
        expect(run.launch.headers['content-type']).toMatch(/text\/html/);
        expect(refusalCode(run.launch)).toBe(code);
        expect(run.launch.text).toContain('The activity could not be opened');
        expect(warn.mock.calls.some(([message]) => String(message).includes(code))).toBe(true);
        expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM attempts')).toEqual([{ n: 0 }]);
      } finally {
        warn.mockRestore();
      }
    },
  );

  it('should check azp among several audiences, a future nbf and a missing target_link_uri (ltijs)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [Record<string, unknown>, number, LaunchRefusal | null][] = [
      [{ aud: [moodle.clientId, 'another-tool'], azp: moodle.clientId }, 303, null],
      [{ aud: [moodle.clientId, 'another-tool'], azp: 'another-tool' }, 400, LaunchRefusal.WRONG_AUDIENCE],
      [{ nbf: now + 600 }, 400, LaunchRefusal.EXPIRED],
      [
        { 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri': undefined },
        400,
        LaunchRefusal.MISSING_TARGET_LINK_URI,
      ],
    ];
    for (const [claims, status, code] of cases) {
      const run = await launch(ctx, moodle, { launch: learnerLaunch({ claims, sub: 'azp-learner' }) });
      expect([JSON.stringify(claims), run.launch.status]).toEqual([JSON.stringify(claims), status]);
      if (code) expect(refusalCode(run.launch)).toBe(code);
    }
  });

  it('should refetch the JWKS once for an unknown kid, accepting a rotated platform key', async () => {
    await launch(ctx, moodle, { launch: learnerLaunch() });
    await new Promise((r) => setTimeout(r, 1100));
    await moodle.rotateKey();
    const before = moodle.jwksFetches;
    const run = await launch(ctx, moodle, { launch: learnerLaunch({ sub: 'learner-2' }) });
    expect(run.launch.status).toBe(303);
    expect(moodle.jwksFetches).toBe(before + 1);
  });

  it('should refuse a replayed id_token (same nonce) even with its state and cookie', async () => {
    const run = await launch(ctx, moodle, { launch: learnerLaunch() });
    expect(run.launch.status).toBe(303);
    const replay = await http()
      .post('/lti/launch')
      .type('form')
      .set('Cookie', run.cookie!)
      .send({ id_token: run.idToken, state: run.state });
    expect(replay.status).toBe(400);
    expect(refusalCode(replay)).toBe(LaunchRefusal.REPLAYED_NONCE);
  });

  it('should purge nonces whose tokens have expired, and only those', async () => {
    await launch(ctx, moodle, { launch: learnerLaunch() });
    await ctx.dataSource.query(
      `INSERT INTO lti_nonces (nonce, expires_at) VALUES ('old', now() - interval '1 minute')`,
    );
    expect(await ctx.app.get(NonceSweeper).sweep()).toBe(1);
    expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM lti_nonces')).toEqual([{ n: 1 }]);
  });

  it('should refuse a missing or tampered state', async () => {
    const run = await launch(ctx, moodle, { launch: learnerLaunch(), sendCookie: false });
    const missing = await http().post('/lti/launch').type('form').send({ id_token: run.idToken });
    expect(refusalCode(missing)).toBe(LaunchRefusal.MISSING_STATE);
    const tampered = await http()
      .post('/lti/launch')
      .type('form')
      .set('Cookie', run.cookie!)
      .send({ id_token: run.idToken, state: `${run.state.slice(0, -4)}AAAA` });
    expect(refusalCode(tampered)).toBe(LaunchRefusal.BAD_STATE);
  });

  it('should refuse a login from an unregistered platform or deployment', async () => {
    const params = moodle.loginInitiationParams({ targetLinkUri: 'http://localhost/lti/launch' });
    const unknown = await http()
      .get('/lti/login')
      .query({ ...params, client_id: 'someone-else' });
    expect(unknown.status).toBe(404);
    expect(refusalCode(unknown)).toBe(LaunchRefusal.UNKNOWN_PLATFORM);
    const deployment = await http()
      .get('/lti/login')
      .query({ ...params, lti_deployment_id: 'nope' });
    expect(refusalCode(deployment)).toBe(LaunchRefusal.UNKNOWN_DEPLOYMENT);
    const missing = await http().get('/lti/login').query({ iss: moodle.issuer });
    expect(refusalCode(missing)).toBe(LaunchRefusal.MISSING_LOGIN_PARAMETER);
  });

  it('should show a returning learner their attempts and start another only when they ask, within the limit', async () => {
    const deliver = await newCaller(ctx.app, ['deliver'], admin);
    await http()
      .patch(`/api/v1/quizzes/${quizId}`)
      .set(admin.auth)
      .send({ settings: { attemptsAllowed: 2 } })
      .expect(200);
    await launch(ctx, moodle, { launch: learnerLaunch() });
    const attemptIds = async () =>
      (await ctx.dataSource.query<{ id: string }[]>('SELECT id FROM attempts ORDER BY number')).map(
        (a) => a.id,
      );
    const [first] = await attemptIds();
    await http().post(`/api/v1/attempts/${first}/submit`).set(deliver.auth).expect(201);

    const back = await launch(ctx, moodle, { launch: learnerLaunch() });
    const landing = String(back.launch.headers.location);
    expect(landing).toMatch(/^\/lti\/learner\//);
    expect(await attemptIds()).toHaveLength(1);
    const page = await http().get(landing).expect(200);
    expect(page.text).toContain('You have used 1 of 2 attempt(s).');
    expect(page.text).toContain('Open attempt 1');
    expect(page.text).toContain('Start attempt 2');
    // Not a teacher's link, whatever it is pasted into.
    expect(refusalCode(await http().get(landing.replace('/lti/learner/', '/lti/dashboard/')))).toBe(
      'SESSION_EXPIRED',
    );

    const started = await http().post(`${landing}/start`).expect(303);
    expect(started.headers.location).toMatch(/^\/play\//);
    const ids = await attemptIds();
    expect(ids).toHaveLength(2);
    await http().post(`/api/v1/attempts/${ids[1]}/submit`).set(deliver.auth).expect(201);
    const last = await http().get(landing).expect(200);
    expect(last.text).toContain('You have no attempts left.');
    expect(last.text).not.toContain('Start attempt');
    await http().post(`${landing}/start`).expect(303);
    expect(await attemptIds()).toHaveLength(2);
  });

  it('should refuse a deep-linking request from a learner', async () => {
    const run = await launch(ctx, moodle, { launch: { kind: 'deep-linking' } });
    expect(run.launch.status).toBe(403);
    expect(refusalCode(run.launch)).toBe(LaunchRefusal.NOT_AN_INSTRUCTOR);
  });

  it('should add a deployment to a registration with PATCH, after which its launches pass', async () => {
    const before = await launch(ctx, moodle, { launch: learnerLaunch({ deploymentId: 'account-2' }) });
    expect(refusalCode(before.launch)).toBe(LaunchRefusal.UNKNOWN_DEPLOYMENT);
    const patched = await http()
      .patch(`/api/v1/platforms/${platformId}`)
      .set(admin.auth)
      .send({ deploymentIds: [moodle.deploymentId, 'account-2'] })
      .expect(200);
    expect(patched.body.deploymentIds).toEqual([moodle.deploymentId, 'account-2']);
    await http()
      .patch(`/api/v1/platforms/${platformId}`)
      .set(admin.auth)
      .send({ deploymentIds: 'x' })
      .expect(400);
    const other = await newCaller(ctx.app, ['admin']);
    await http().patch(`/api/v1/platforms/${platformId}`).set(other.auth).send({ name: 'x' }).expect(404);
    const after = await launch(ctx, moodle, { launch: learnerLaunch({ deploymentId: 'account-2' }) });
    expect(after.launch.status).toBe(303);
  });

  it('should tell a learner when the link has no quiz yet, and let the teacher choose one from the dashboard', async () => {
    const learner = await launch(ctx, moodle, { launch: { resourceLinkId: 'rl-new' } });
    expect(learner.launch.status).toBe(409);
    expect(learner.launch.text).toContain('no quiz yet');
    const teacher = await launch(ctx, moodle, {
      launch: { resourceLinkId: 'rl-new', roles: [INSTRUCTOR], sub: 't-1' },
    });
    const dashboard = teacher.launch.headers.location;
    const picker = await http().get(dashboard).expect(200);
    expect(picker.text).toContain('has no quiz yet');
    await http().post(`${dashboard}/quiz`).type('form').send({ quizId }).expect(303);
    const again = await launch(ctx, moodle, { launch: { resourceLinkId: 'rl-new', roles: [LEARNER] } });
    expect(again.launch.headers.location).toMatch(/^\/play\//);
  });
});

describe('LTI platform storage (Canvas, cookies blocked)', () => {
  let ctx: TestApp;
  let canvas: TestLtiPlatform;
  let quizId: string;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
    const base = await listen(ctx);
    canvas = await TestLtiPlatform.start({ flavour: 'canvas' });
    canvas.toolJwksUrl = `${base}/lti/jwks`;
    await resetDatabase(ctx.dataSource);
    const admin = await newCaller(ctx.app, ['admin', 'author']);
    await registerPlatform(ctx, admin, canvas);
    ({ quizId } = await sampleQuiz(ctx, admin));
  });
  afterAll(async () => {
    await canvas.close();
    await ctx.close();
  });

  it('should keep the state in platform storage and take it back by postMessage when no cookie returns', async () => {
    const run = await launch(ctx, canvas, { launch: { custom: { quiz_id: quizId } }, sendCookie: false });
    // Login: the page puts the binding into the platform's storage frame before going to Canvas.
    expect(run.login.status).toBe(200);
    expect(run.login.text).toContain("'lti.put_data'");
    const put = /var d = (\{.*?\});/s.exec(run.login.text)![1];
    const stored = JSON.parse(put) as { target: string; key: string; value: string; origin: string };
    expect(stored.target).toBe('post_message_forwarding');
    expect(stored.origin).toBe(new URL(canvas.authLoginUrl).origin);
    // Launch without the cookie: a page that asks the platform for it and posts again.
    expect(run.launch.status).toBe(200);
    expect(run.launch.text).toContain("'lti.get_data'");
    expect(run.launch.headers['content-security-policy']).toMatch(/script-src 'nonce-/);
    const wrong = await http()
      .post('/lti/launch')
      .type('form')
      .send({ id_token: run.idToken, state: run.state, lti_storage_value: 'not-the-value' });
    expect(refusalCode(wrong)).toBe(LaunchRefusal.STATE_NOT_BOUND);
    // The secret is not in the state (which travels through the LMS) nor derivable from it.
    expect(run.state).not.toContain(stored.value);
    for (const derived of [
      createHash('sha256').update(run.state).digest('base64url'),
      createHash('sha256').update(run.state).digest('base64url').slice(0, 32),
    ]) {
      const forged = await http()
        .post('/lti/launch')
        .type('form')
        .send({ id_token: run.idToken, state: run.state, lti_storage_value: derived });
      expect(refusalCode(forged)).toBe(LaunchRefusal.STATE_NOT_BOUND);
    }
    const relaunch = await http()
      .post('/lti/launch')
      .type('form')
      .send({ id_token: run.idToken, state: run.state, lti_storage_value: stored.value });
    expect(relaunch.status).toBe(303);
    expect(relaunch.headers.location).toMatch(/^\/play\//);
  });
});
