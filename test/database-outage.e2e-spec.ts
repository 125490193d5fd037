import { Logger } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { testDatabaseUrl } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { TcpProxy } from './utils/tcp-proxy';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('The database away or frozen', () => {
  let proxy: TcpProxy;
  let ctx: TestApp;
  let caller: TestCaller;
  let playerPath: string;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;
  let unhandled: jest.SpyInstance;
  const http = () => request(ctx.app.getHttpServer());
  const messages = (spy: jest.SpyInstance, pattern: RegExp) =>
    spy.mock.calls.filter(([message]) => typeof message === 'string' && pattern.test(message)).length;
  const listSpecs = () => http().get('/api/v1/specs').set(caller.auth);

  beforeAll(async () => {
    const target = new URL(testDatabaseUrl());
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    ctx = await createTestApp({
      env: {
        DATABASE_URL: proxy.rewrite(testDatabaseUrl()),
        DB_CONNECT_TIMEOUT_MS: '1000',
        DB_STATEMENT_TIMEOUT_MS: '1000',
      },
    });
    caller = await newCaller(ctx.app, ['author', 'deliver']);
    const spec = await http().post('/api/v1/specs').set(caller.auth).send({ text: SAMPLE }).expect(201);
    const bank = await http()
      .post(`/api/v1/specs/${spec.body.id}/banks`)
      .set(caller.auth)
      .send({ seed: 'o', autoApproveAbove: 0 });
    const quiz = await http()
      .post('/api/v1/quizzes')
      .set(caller.auth)
      .send({ bankId: bank.body.id, title: 'Q' });
    const attempt = await http()
      .post(`/api/v1/quizzes/${quiz.body.id}/attempts`)
      .set(caller.auth)
      .send({ learner: 'learner-1' })
      .expect(201);
    const link = await http()
      .post(`/api/v1/attempts/${attempt.body.id}/player-link`)
      .set(caller.auth)
      .send({});
    playerPath = new URL(link.body.url as string).pathname;
    await http().get(playerPath).expect(200);
  });
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
    log = jest.spyOn(Logger.prototype, 'log');
    unhandled = jest.spyOn(PinoLogger.prototype, 'error');
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    proxy.thaw();
    await proxy.open().catch(() => undefined);
  });
  afterAll(async () => {
    await ctx.close();
    await proxy.close();
  });

  it('should answer 503 with Retry-After while it is unreachable, and log the outage once and the recovery once', async () => {
    await listSpecs().expect(200);
    await proxy.close();

    const during = await Promise.all(Array.from({ length: 20 }, () => listSpecs()));
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    }
    // The learner's player page and the LTI login answer 503 pages too, not 500s.
    const page = await http().get(playerPath);
    expect({ status: page.status, retryAfter: page.headers['retry-after'] }).toEqual({
      status: 503,
      retryAfter: '5',
    });
    expect(page.text).toContain('briefly unavailable');
    const login = await http().get('/lti/login').query({
      iss: 'https://lms.example',
      login_hint: 'u1',
      target_link_uri: 'https://tool.example/lti/launch',
    });
    expect(login.status).toBe(503);
    const started = Date.now();
    await http().get('/health/ready').expect(503);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(messages(warn, /database is unreachable/)).toBe(1);
    expect(unhandled).not.toHaveBeenCalled();

    await proxy.open();
    await eventually(() =>
      Promise.resolve(messages(log, /database is reachable again/) === 1 ? true : undefined),
    );
    await listSpecs().expect(200);
    await http().get('/health/ready').expect(200);
    expect(messages(warn, /database is unreachable/)).toBe(1);
    expect(messages(log, /database is reachable again/)).toBe(1);
  });

  it('should answer readiness within a second and requests with 503 within the timeouts while it is frozen', async () => {
    await listSpecs().expect(200);
    proxy.freeze();

    let started = Date.now();
    const ready = await http().get('/health/ready');
    expect({ status: ready.status, fast: Date.now() - started < 1000 }).toEqual({ status: 503, fast: true });

    started = Date.now();
    const frozen = await listSpecs();
    expect(frozen.status).toBe(503);
    // Statement timeout 1 s, the client gives up 1 s later; never "as long as it is frozen".
    expect(Date.now() - started).toBeLessThan(4000);
    expect(unhandled).not.toHaveBeenCalled();

    proxy.thaw();
    await eventually(async () => ((await listSpecs()).status === 200 ? true : undefined));
  });
});
