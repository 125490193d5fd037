import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { resetDatabase } from '@markpoint/testing';
import { newCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);

describe('API access: keys, scopes and tenants', () => {
  let ctx: TestApp;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should answer 401 in the error format without a key, with a malformed key and with an unknown key', async () => {
    const none = await http().get('/api/v1/specs').expect(401);
    expect(none.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String), details: [] });
    await http().get('/api/v1/specs').set('Authorization', 'Bearer nonsense').expect(401);
    const caller = await newCaller(ctx.app, ['author']);
    const forged = caller.key.slice(0, -4) + 'AAAA';
    await http().get('/api/v1/specs').set('Authorization', `Bearer ${forged}`).expect(401);
    await http().get('/api/v1/specs').set(caller.auth).expect(200);
  });

  it('should answer 403 INSUFFICIENT_SCOPE when a results:read key writes or an author key manages keys', async () => {
    const reader = await newCaller(ctx.app, ['results:read']);
    const res = await http().post('/api/v1/specs').set(reader.auth).send({ text: SAMPLE }).expect(403);
    expect(res.body.code).toBe('INSUFFICIENT_SCOPE');
    const author = await newCaller(ctx.app, ['author'], reader);
    await http().get('/api/v1/keys').set(author.auth).expect(403);
  });

  it("should hide one tenant's specifications from another (404, not 403)", async () => {
    const a = await newCaller(ctx.app, ['author']);
    const b = await newCaller(ctx.app, ['author', 'admin']);
    const spec = await http().post('/api/v1/specs').set(a.auth).send({ text: SAMPLE }).expect(201);
    await http().get(`/api/v1/specs/${spec.body.id}`).set(a.auth).expect(200);
    const res = await http().get(`/api/v1/specs/${spec.body.id}`).set(b.auth).expect(404);
    expect(res.body.code).toBe('SPEC_NOT_FOUND');
    const list = await http().get('/api/v1/specs').set(b.auth).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('should show a new key once, list only prefixes, and stop a revoked key at once', async () => {
    const admin = await newCaller(ctx.app, ['admin']);
    const created = await http()
      .post('/api/v1/keys')
      .set(admin.auth)
      .send({ name: 'Reporting', scopes: ['results:read', 'author'] })
      .expect(201);
    expect(created.body.key).toMatch(/^mpk_[a-z0-9]{10}_/);
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    const listed = await http().get('/api/v1/keys').set(admin.auth).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    const newKey = { Authorization: `Bearer ${created.body.key}` };
    await http().get('/api/v1/specs').set(newKey).expect(200);
    await http().delete(`/api/v1/keys/${created.body.id}`).set(admin.auth).expect(200);
    const revoked = await http().get('/api/v1/specs').set(newKey).expect(401);
    expect(revoked.body.message).toMatch(/revoked/);
  });

  it('should not let an admin of one tenant revoke a key of another', async () => {
    const a = await newCaller(ctx.app, ['admin']);
    const b = await newCaller(ctx.app, ['admin']);
    const keys = await http().get('/api/v1/keys').set(a.auth).expect(200);
    await http().delete(`/api/v1/keys/${keys.body[0].id}`).set(b.auth).expect(404);
    await http().get('/api/v1/keys').set(a.auth).expect(200);
  });

  it('should refuse a key request with an unknown scope field by field', async () => {
    const admin = await newCaller(ctx.app, ['admin']);
    const res = await http()
      .post('/api/v1/keys')
      .set(admin.auth)
      .send({ name: '', scopes: ['root'] })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['name', 'scopes']);
  });

  it('should declare a scope and the bearer scheme on every /api/v1 operation of the OpenAPI document', async () => {
    const doc = (await http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { 'x-required-scopes'?: string[]; security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.components.securitySchemes.apiKey).toBeDefined();
    const operations = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1'))
      .flatMap(([p, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${p}`, op })),
      );
    expect(operations.length).toBeGreaterThan(5);
    const unguarded = operations
      .filter(({ op }) => !op['x-required-scopes']?.length || !op.security?.length)
      .map((o) => o.route);
    expect(unguarded).toEqual([]);
  });
});

describe('API access: rate limits', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    await resetDatabase(ctx.dataSource);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should answer 429 with Retry-After once a key bursts past its limit, without slowing another key', async () => {
    const burst = await newCaller(ctx.app, ['author']);
    const other = await newCaller(ctx.app, ['author']);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await request(ctx.app.getHttpServer()).get('/api/v1/specs').set(burst.auth)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const limited = await request(ctx.app.getHttpServer()).get('/api/v1/specs').set(burst.auth).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await request(ctx.app.getHttpServer()).get('/api/v1/specs').set(other.auth).expect(200);
    await request(ctx.app.getHttpServer()).get('/health/live').expect(200);
  });
});
