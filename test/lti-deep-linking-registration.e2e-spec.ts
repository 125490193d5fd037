import request from 'supertest';
import { resetDatabase, TestLtiPlatform } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { INSTRUCTOR, launch, listen, refusalCode, registerPlatform, sampleQuiz } from './utils/lti';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(30_000);

const CONTENT_ITEMS = 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items';
const DATA = 'https://purl.imsglobal.org/spec/lti-dl/claim/data';

/** The hidden fields and action of an auto-posting form page. */
function autoPost(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form id="autopost" method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`Not an auto-post page: ${html.slice(0, 300)}`);
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  return { action: action.replace(/&amp;/g, '&'), fields };
}

describe('LTI deep linking and dynamic registration', () => {
  let ctx: TestApp;
  let base: string;
  let platform: TestLtiPlatform;
  let admin: TestCaller;
  let quizId: string;
  let bankId: string;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
    base = await listen(ctx);
  });
  beforeEach(async () => {
    platform = await TestLtiPlatform.start({ flavour: 'moodle' });
    platform.toolJwksUrl = `${base}/lti/jwks`;
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin', 'author']);
    ({ quizId, bankId } = await sampleQuiz(ctx, admin));
  });
  afterEach(async () => {
    await platform.close();
  });
  afterAll(async () => {
    await ctx.close();
  });

  async function deepLinkingSession(extra: Record<string, unknown> = {}): Promise<string> {
    const [{ n }] = await ctx.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM lti_platforms',
    );
    if (n === 0) await registerPlatform(ctx, admin, platform);
    const run = await launch(ctx, platform, {
      launch: {
        kind: 'deep-linking',
        sub: 'teacher-1',
        roles: [INSTRUCTOR],
        deepLinkData: 'opaque-platform-data',
        ...extra,
      },
    });
    expect(run.launch.status).toBe(303);
    expect(run.launch.headers.location).toMatch(/^\/lti\/deep-link\//);
    return run.launch.headers.location;
  }

  it('should return an existing quiz as a signed ltiResourceLink with its lineItem, echoing data', async () => {
    const picker = await deepLinkingSession();
    const page = await http().get(picker).expect(200);
    expect(page.text).toContain('Unit 3 check');
    const chosen = await http().post(picker).type('form').send({ quizId }).expect(200);
    const { action, fields } = autoPost(chosen.text);
    expect(action).toBe(platform.deepLinkReturnUrl);
    // The platform verifies the JWT against the tool's JWKS.
    await request(platform.url).post('/deep-link-return').type('form').send(fields).expect(200);
    const [response] = platform.deepLinkResponses;
    const items = response.claims[CONTENT_ITEMS] as Record<string, unknown>[];
    expect(items).toEqual([
      {
        type: 'ltiResourceLink',
        title: 'Unit 3 check',
        url: expect.stringMatching(/\/lti\/launch$/),
        custom: { quiz_id: quizId },
        lineItem: { scoreMaximum: 100, label: 'Unit 3 check', resourceId: quizId, tag: 'markpoint-quiz' },
      },
    ]);
    expect(response.claims[DATA]).toBe('opaque-platform-data');
    expect(response.claims.aud).toBe(platform.issuer);
    expect(response.claims.iss).toBe(platform.clientId);
  });

  it('should create a quiz from a bank, and leave out the lineItem when the platform does not accept one', async () => {
    const picker = await deepLinkingSession({ acceptLineItem: false });
    const chosen = await http()
      .post(picker)
      .type('form')
      .send({
        bankId,
        title: 'Made in the LMS',
        itemCount: '3',
        timeLimitMinutes: '20',
        attemptsAllowed: '2',
        gradingMethod: 'LATEST',
      })
      .expect(200);
    await request(platform.url)
      .post('/deep-link-return')
      .type('form')
      .send(autoPost(chosen.text).fields)
      .expect(200);
    const [item] = platform.deepLinkResponses[0].claims[CONTENT_ITEMS] as Record<string, unknown>[];
    expect(item.lineItem).toBeUndefined();
    const created = (item.custom as { quiz_id: string }).quiz_id;
    const [quiz] = await ctx.dataSource.query<
      { title: string; settings: Record<string, unknown>; blueprint: { total: number } }[]
    >('SELECT title, settings, blueprint FROM quizzes WHERE id = $1', [created]);
    expect(quiz.title).toBe('Made in the LMS');
    expect(quiz.blueprint.total).toBe(3);
    expect(quiz.settings).toMatchObject({
      timeLimitMinutes: 20,
      attemptsAllowed: 2,
      gradingMethod: 'LATEST',
    });
    // The link the platform makes from it launches learners into that quiz.
    const learner = await launch(ctx, platform, {
      launch: { custom: { quiz_id: created }, resourceLinkId: 'rl-9' },
    });
    expect(learner.launch.headers.location).toMatch(/^\/play\//);
  });

  it('should refuse what the platform does not accept, bad choices, and an expired session', async () => {
    const picker = await deepLinkingSession({ acceptTypes: ['file'] });
    const refused = await http().post(picker).type('form').send({ quizId });
    expect(refused.status).toBe(400);
    expect(refusalCode(refused)).toBe('TYPE_NOT_ACCEPTED');
    const other = await deepLinkingSession();
    expect(refusalCode(await http().post(other).type('form').send({ itemCount: '0', bankId }))).toBe(
      'INVALID_CHOICE',
    );
    expect(refusalCode(await http().post(other).type('form').send({}))).toBe('NO_CHOICE');
    expect(refusalCode(await http().get('/lti/deep-link/not-a-token'))).toBe('SESSION_EXPIRED');
  });

  async function registrationUrl(): Promise<string> {
    const res = await http().post('/api/v1/platforms/registration-url').set(admin.auth).expect(201);
    expect(res.body.canvasConfigurationUrl).toMatch(/\/lti\/canvas\.json$/);
    return new URL(res.body.url as string).pathname;
  }

  it('should register itself dynamically: check the issuer, post the registration with the token, store client and deployment, close the window', async () => {
    const path = await registrationUrl();
    const token = platform.registrationToken();
    const page = await http()
      .get(path)
      .query({ openid_configuration: platform.openIdConfigurationUrl, registration_token: token })
      .expect(200);
    expect(page.text).toContain('org.imsglobal.lti.close');
    const [registration] = platform.registrations;
    expect(registration).toMatchObject({
      token_endpoint_auth_method: 'private_key_jwt',
      scope: expect.stringContaining('https://purl.imsglobal.org/spec/lti-ags/scope/score'),
    });
    expect(String(registration.scope)).toContain('contextmembership.readonly');
    const messages = (
      registration['https://purl.imsglobal.org/spec/lti-tool-configuration'] as {
        messages: { type: string }[];
      }
    ).messages;
    expect(messages.map((m) => m.type)).toContain('LtiDeepLinkingRequest');
    const [stored] = await ctx.dataSource.query<
      { issuer: string; client_id: string; deployment_ids: string[]; tenant_id: string }[]
    >('SELECT issuer, client_id, deployment_ids, tenant_id FROM lti_platforms');
    expect(stored).toEqual({
      issuer: platform.issuer,
      client_id: platform.clientId,
      deployment_ids: [platform.deploymentId],
      tenant_id: admin.tenantId,
    });
    // The registration points the platform at the tool's JWKS on PUBLIC_URL; in the test it lives here.
    platform.toolJwksUrl = `${base}/lti/jwks`;
    const run = await launch(ctx, platform, { launch: { custom: { quiz_id: quizId } } });
    expect(run.launch.headers.location).toMatch(/^\/play\//);
  });

  it('should refuse a configuration whose issuer does not match where it came from, storing nothing', async () => {
    const path = await registrationUrl();
    platform.openIdIssuerOverride = 'https://impostor.example';
    const page = await http().get(path).query({
      openid_configuration: platform.openIdConfigurationUrl,
      registration_token: platform.registrationToken(),
    });
    expect(page.status).toBe(400);
    expect(refusalCode(page)).toBe('REGISTRATION_FAILED');
    expect(page.text).toContain('does not match');
    expect(platform.registrations).toHaveLength(0);
    expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM lti_platforms')).toEqual([{ n: 0 }]);
  });

  it('should refuse a forged registration link and a registration token the platform refuses', async () => {
    expect(refusalCode(await http().get('/lti/register/forged'))).toBe('BAD_REGISTRATION_LINK');
    // A teacher's session token (even for a user called "registration") opens no registration.
    await registerPlatform(ctx, admin, platform);
    const teacher = await launch(ctx, platform, {
      launch: { sub: 'registration', roles: [INSTRUCTOR], custom: { quiz_id: quizId } },
    });
    const sessionToken = String(teacher.launch.headers.location).split('/').pop()!;
    expect(refusalCode(await http().get(`/lti/register/${sessionToken}`))).toBe('BAD_REGISTRATION_LINK');
    await ctx.dataSource.query('DELETE FROM lti_platforms');
    const path = await registrationUrl();
    const page = await http()
      .get(path)
      .query({ openid_configuration: platform.openIdConfigurationUrl, registration_token: 'not-issued' });
    expect(refusalCode(page)).toBe('REGISTRATION_FAILED');
    expect(page.text).toContain('401');
  });

  it('should serve the Canvas developer-key JSON configuration', async () => {
    const res = await http().get('/lti/canvas.json').expect(200);
    expect(res.body).toMatchObject({
      title: 'Markpoint',
      oidc_initiation_url: expect.stringMatching(/\/lti\/login$/),
      target_link_uri: expect.stringMatching(/\/lti\/launch$/),
      public_jwk_url: expect.stringMatching(/\/lti\/jwks$/),
    });
    expect(res.body.scopes).toContain('https://purl.imsglobal.org/spec/lti-ags/scope/score');
    const placements = res.body.extensions[0].settings.placements as { message_type: string }[];
    expect(placements.every((p) => p.message_type === 'LtiDeepLinkingRequest')).toBe(true);
  });
});
