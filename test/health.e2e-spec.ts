import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  createScratchDatabase,
  databaseNameOf,
  dropDatabase,
  runMigrations,
} from '@markpoint/persistence';
import { readTestDatabaseState } from '@markpoint/testing';
import { createTestApp, type TestApp } from './utils/test-app';

describe('Health, metrics and OpenAPI', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp();
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('should answer liveness without touching the database', async () => {
    await request(ctx.app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
  });

  it('should be ready when the database answers and no migration is pending', async () => {
    const res = await request(ctx.app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, migrations: { status: 'up', pending: 0 } },
    });
  });

  it('should expose request counts and durations per route template in Prometheus format', async () => {
    await request(ctx.app.getHttpServer()).get('/health/live').expect(200);
    await request(ctx.app.getHttpServer()).get('/no/such/route/42').expect(404);
    const res = await request(ctx.app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="unmatched",status="404"\} \d+/);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toContain('process_resident_memory_bytes');
    expect(res.text).not.toContain('/no/such/route/42');
  });

  it('should serve the OpenAPI 3 document and its page', async () => {
    const doc = await request(ctx.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect((doc.body as { openapi: string }).openapi).toMatch(/^3\./);
    expect(Object.keys((doc.body as { paths: object }).paths)).toContain('/health/ready');
    const page = await request(ctx.app.getHttpServer()).get('/api/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});

describe('Readiness with a pending migration', () => {
  let ctx: TestApp | undefined;
  let url: string;
  const { serverUrl } = readTestDatabaseState();

  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_ready');
    const ds = new DataSource(buildDataSourceOptions({ url, poolMax: 1 }));
    await ds.initialize();
    await runMigrations(ds);
    await ds.undoLastMigration();
    await ds.destroy();
    ctx = await createTestApp({ env: { DATABASE_URL: url } });
  });

  afterAll(async () => {
    await ctx?.close();
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  it('should answer 503 NOT_READY naming the migrations check', async () => {
    const res = await request(ctx!.app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ code: 'NOT_READY', message: 'The service is not ready' });
    expect((res.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual([
      'migrations',
    ]);
  });
});
