import request from 'supertest';
import { resetDatabase } from '@markpoint/testing';
import { ToolKeysService } from '@markpoint/lti';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const moodle = {
  name: 'Moodle (Year 11)',
  issuer: 'https://moodle.example.org',
  clientId: 'abc123',
  authLoginUrl: 'https://moodle.example.org/mod/lti/auth.php',
  authTokenUrl: 'https://moodle.example.org/mod/lti/token.php',
  jwksUrl: 'https://moodle.example.org/mod/lti/certs.php',
  deploymentIds: ['1'],
};

describe('LTI registrations and tool keys (/api/v1/platforms, /lti/jwks)', () => {
  let ctx: TestApp;
  let admin: TestCaller;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin']);
    await ctx.app.get(ToolKeysService).ensureActiveKey();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should register a platform for the tenant, refuse a duplicate and hide it from other tenants', async () => {
    const created = await http().post('/api/v1/platforms').set(admin.auth).send(moodle).expect(201);
    expect(created.body).toMatchObject({ issuer: moodle.issuer, clientId: 'abc123', deploymentIds: ['1'] });
    const dup = await http().post('/api/v1/platforms').set(admin.auth).send(moodle).expect(409);
    expect(dup.body.code).toBe('PLATFORM_EXISTS');
    const other = await newCaller(ctx.app, ['admin']);
    expect((await http().get('/api/v1/platforms').set(other.auth).expect(200)).body).toEqual([]);
    await http().delete(`/api/v1/platforms/${created.body.id}`).set(other.auth).expect(404);
    await http().delete(`/api/v1/platforms/${created.body.id}`).set(admin.auth).expect(204);
    const author = await newCaller(ctx.app, ['author']);
    await http().get('/api/v1/platforms').set(author.auth).expect(403);
  });

  it('should refuse a registration with bad URLs field by field', async () => {
    const res = await http()
      .post('/api/v1/platforms')
      .set(admin.auth)
      .send({ ...moodle, issuer: 'moodle', jwksUrl: 'ftp://x' })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['issuer', 'jwksUrl']);
  });

  it('should publish public keys only, and rotate without a gap: publish, then sign, then retire', async () => {
    const first = (await http().get('/lti/jwks').expect(200)).body.keys;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
      e: 'AQAB',
    });
    expect(first[0].d).toBeUndefined();
    const stored: { private_key_encrypted: string }[] = await ctx.dataSource.query(
      'SELECT private_key_encrypted FROM lti_tool_keys',
    );
    expect(stored[0].private_key_encrypted).not.toContain('PRIVATE KEY');

    const step1 = await http().post('/api/v1/lti/keys/rotate').set(admin.auth).expect(201);
    expect(step1.body.published).toBeDefined();
    const published = (await http().get('/lti/jwks').expect(200)).body.keys.map(
      (k: { kid: string }) => k.kid,
    );
    expect(published).toEqual([first[0].kid, step1.body.published]);

    const step2 = await http().post('/api/v1/lti/keys/rotate').set(admin.auth).expect(201);
    expect(step2.body).toEqual({ activated: step1.body.published, retiring: first[0].kid });
    const both = (await http().get('/lti/jwks').expect(200)).body.keys.map((k: { kid: string }) => k.kid);
    expect(both.sort()).toEqual([first[0].kid, step1.body.published].sort());

    // Once what the old key signed has expired, it is no longer published.
    const later = await ctx.app.get(ToolKeysService).jwks(new Date(Date.now() + 2 * 60 * 60 * 1000));
    expect(later.keys.map((k) => k.kid)).toEqual([step1.body.published]);
  });
});
