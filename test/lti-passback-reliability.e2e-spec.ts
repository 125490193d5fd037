import request from 'supertest';
import { JobQueue } from '@markpoint/persistence';
import { readTestDatabaseState, resetDatabase, testDatabaseUrl, TestLtiPlatform } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { spawnService } from './utils/child-service';
import { listen, registerPlatform, sampleQuiz } from './utils/lti';
import { passbackRows, takeQuiz as takeQuizAs, waitFor, type PassbackRow } from './utils/passbacks';
import { AUTO_MARKED_TYPES } from './utils/responses';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(90_000);

const ENV = {
  LTI_PASSBACK_RETRY_BASE_MS: '300',
  LTI_PASSBACK_MAX_DELAY_MS: '1000',
  LTI_PASSBACK_MAX_TRIES: '4',
  LTI_PASSBACK_TIMEOUT_MS: '1000',
  LTI_PASSBACK_SWEEP_INTERVAL_MS: '500',
};
const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Single sign-on</body></html>';

describe('LTI grade passback: no grade silently lost', () => {
  let ctx: TestApp;
  let moodle: TestLtiPlatform;
  let admin: TestCaller;
  let quizId: string;
  let base: string;
  const http = () => request(ctx.app.getHttpServer());

  const passbacks = (where = 'TRUE', params: unknown[] = []) => passbackRows(ctx, where, params);
  const takeQuiz = (sub: string) => takeQuizAs({ ctx, platform: moodle, admin, quizId }, sub, 'all');
  const settled = (status: string) =>
    waitFor(`a ${status} passback`, async () => {
      const rows = await passbacks(`status = $1`, [status]);
      return rows.length > 0 && rows[0];
    });

  async function restart(env: Record<string, string> = ENV): Promise<void> {
    await ctx.close();
    ctx = await createTestApp({ env });
    base = await listen(ctx);
    moodle.toolJwksUrl = `${base}/lti/jwks`;
  }

  beforeAll(async () => {
    ctx = await createTestApp({ env: ENV });
    base = await listen(ctx);
  });
  beforeEach(async () => {
    moodle = await TestLtiPlatform.start({ flavour: 'moodle' });
    moodle.toolJwksUrl = `${base}/lti/jwks`;
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin', 'author', 'deliver', 'results:read']);
    await registerPlatform(ctx, admin, moodle);
    ({ quizId } = await sampleQuiz(ctx, admin, { blueprint: { total: 2, types: AUTO_MARKED_TYPES } }));
  });
  afterEach(async () => {
    await moodle.close();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should record a 200 HTML page from the token, line-items and score calls on the row, retry, and deliver once', async () => {
    moodle.failNext(1, { status: 200, body: LOGIN_PAGE }, 'token');
    moodle.failNext(1, { status: 200, body: LOGIN_PAGE }, 'ags');
    moodle.failNext(1, { status: 200, body: LOGIN_PAGE }, 'scores');
    await takeQuiz('learner-1');
    // Each failed try is on the row while the next one waits.
    const first = await waitFor('the first failed try recorded', async () => {
      const [row] = await passbacks(`tries >= 1`);
      return row;
    });
    expect(first).toMatchObject({ status: 'PENDING', last_status_code: 200 });
    expect(first.last_error).toMatch(/^token request answered 200 with text\/html.*HTML page/);
    expect(first.next_try_at).not.toBeNull();
    const delivered = await settled('DELIVERED');
    expect(delivered).toMatchObject({ tries: 4, last_status_code: 200, last_error: null });
    // The score answered with a page was not stored; only the fourth try's was.
    const scorePosts = moodle.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/scores'));
    expect(scorePosts).toHaveLength(2);
    expect(moodle.scores).toHaveLength(1);
  });

  it('should dead-letter a grade the LMS keeps answering with a page, announce it, and deliver it on re-send', async () => {
    await http()
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: 'http://127.0.0.1:9/hook', events: ['passback.failed'] })
      .expect(201);
    moodle.failNext(100, { status: 200, body: LOGIN_PAGE }, 'ags');
    await takeQuiz('learner-1');
    const failed = await settled('FAILED');
    expect(failed).toMatchObject({ tries: 4, last_status_code: 200 });
    expect(failed.last_error).toContain('instead of a JSON array of line items');
    const [announced] = await ctx.dataSource.query<{ payload: { passbackId: string; lastError: string } }[]>(
      `SELECT payload FROM webhook_deliveries WHERE event = 'passback.failed'`,
    );
    expect(announced.payload).toMatchObject({ passbackId: failed.id, lastError: failed.last_error });

    moodle.clearFaults();
    await http().post(`/api/v1/passbacks/${failed.id}/resend`).set(admin.auth).expect(202);
    await settled('DELIVERED');
    expect(moodle.scores).toHaveLength(1);
  });

  it("should count Moodle's 409 for a score it stored while its answer was lost as delivered", async () => {
    // Moodle stores the score at once but answers after the tool has given up (timeout 1 s).
    moodle.failNext(1, { answerDelayMs: 2500 }, 'scores');
    await takeQuiz('learner-1');
    const delivered = await settled('DELIVERED');
    expect(delivered.tries).toBe(2);
    expect(delivered.last_status_code).toBe(409);
    expect(delivered.last_error).toContain('counted as delivered');
    expect(moodle.scores).toHaveLength(1);
    expect(moodle.ignoredScores).toHaveLength(1);
    expect(moodle.ignoredScores[0].body.timestamp).toBe(moodle.scores[0].body.timestamp);
  });

  it('should give a new score its own second after every score of the column, so Moodle stores it', async () => {
    await ctx.dataSource.query(
      `UPDATE quizzes SET settings = jsonb_set(settings, '{gradingMethod}', '"LATEST"') WHERE id = $1`,
      [quizId],
    );
    await takeQuiz('learner-1');
    const first = await settled('DELIVERED');
    // The column's last score is as late as the next grade will be (a regrade in the same second).
    await ctx.dataSource.query(
      `UPDATE lti_passbacks SET scored_at = now() + interval '2 seconds' WHERE id = $1`,
      [first.id],
    );
    await takeQuizAs({ ctx, platform: moodle, admin, quizId }, 'learner-1', 0);
    const rows = await waitFor('the second delivered', async () => {
      const r = await passbacks(`status = 'DELIVERED'`);
      return r.length === 2 && r;
    });
    const [older, newer] = rows;
    expect(Math.floor(newer.scored_at.getTime() / 1000)).toBe(
      Math.floor(older.scored_at.getTime() / 1000) + 1,
    );
    const item = moodle.lineItems[0];
    expect(moodle.currentScore(item.id, 'learner-1')).toMatchObject({
      scoreGiven: 0,
      timestamp: newer.scored_at.toISOString(),
    });
  });

  it('should re-queue a pending grade whose job was lost, and deliver it', async () => {
    moodle.failNext(1, { status: 503, retryAfterSeconds: 2 }, 'token');
    await takeQuiz('learner-1');
    const pending: PassbackRow = await waitFor('a scheduled retry', async () => {
      const [row] = await passbacks(`tries = 1 AND status = 'PENDING'`);
      return row;
    });
    // The queue loses the job (a wiped queue, or a job pg-boss gave up on).
    await ctx.dataSource.query(
      `DELETE FROM pgboss.job WHERE name = 'lti-passback' AND data->>'passbackId' = $1`,
      [pending.id],
    );
    const delivered = await settled('DELIVERED');
    expect(delivered.id).toBe(pending.id);
    expect(delivered.tries).toBe(2);
    expect(moodle.scores).toHaveLength(1);
  });

  it('should refuse readiness on a replica whose LTI_KEY_SECRET cannot decrypt the tool keys, and record its failed tries', async () => {
    await http().get('/lti/jwks').expect(200); // the tool key exists, sealed with the right secret
    await restart({ ...ENV, LTI_KEY_SECRET: 'a-different-secret-than-the-one-that-sealed-the-keys' });
    const ready = await http().get('/health/ready').expect(503);
    expect(ready.body).toMatchObject({ code: 'NOT_READY' });
    const check = (ready.body as { details: { field: string; message: string }[] }).details.find(
      (d) => d.field === 'ltiToolKeys',
    );
    expect(check?.message).toContain(
      'LTI_KEY_SECRET cannot decrypt the stored tool keys: this replica was started with a different secret',
    );

    await takeQuiz('learner-1');
    const failed = await settled('FAILED');
    expect(failed.tries).toBe(4);
    expect(failed.last_error).toContain('LTI_KEY_SECRET cannot decrypt the stored tool keys');
    expect(moodle.tokenRequests).toHaveLength(0);

    await restart();
    await http().get('/health/ready').expect(200);
    await http().post(`/api/v1/passbacks/${failed.id}/resend`).set(admin.auth).expect(202);
    await settled('DELIVERED');
    expect(moodle.scores).toHaveLength(1);
  });

  it('should let a score call in flight finish before the app stops', async () => {
    // The LMS answers within the call's timeout, but later than pg-boss's own 5 s wait at stop.
    const slow = { ...ENV, LTI_PASSBACK_TIMEOUT_MS: '7000' };
    await restart(slow);
    moodle.failNext(1, { answerDelayMs: 5500 }, 'scores');
    await takeQuiz('learner-1');
    await waitFor('the score call in flight', () => Promise.resolve(moodle.scores.length === 1));
    const stopping = Date.now();
    await restart(slow);
    expect(Date.now() - stopping).toBeGreaterThan(4000);
    const [row] = await passbacks();
    expect(row).toMatchObject({ status: 'DELIVERED', tries: 1, last_status_code: 200 });
  });

  it('should deliver once, on recovery, a score whose process was killed (SIGKILL) while the LMS stored it', async () => {
    // Only the child process works the queue while the score is in flight.
    await ctx.app.get(JobQueue).stopWorking('lti-passback');
    const child = await spawnService({
      ...ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOAD_SAMPLE_SPECS: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: testDatabaseUrl(),
      // The run's secrets, so the child decrypts the same tool keys as the test's replica.
      DATA_DIR: readTestDatabaseState().dataDir ?? '',
    });
    try {
      // The LMS stores the score at once and would answer 0.8 s later: the process dies first.
      moodle.failNext(1, { answerDelayMs: 800 }, 'scores');
      await takeQuiz('learner-1');
      await waitFor(
        'the score stored by the LMS',
        () => Promise.resolve(moodle.scores.length === 1),
        60_000,
        20,
      );
    } finally {
      await child.stop('SIGKILL');
    }
    const [orphan] = await passbacks();
    expect(orphan).toMatchObject({ status: 'PENDING', tries: 0 });

    // Another replica: the killed one's job expires, the sweep re-queues the row, and Moodle's 409
    // for the same timestamp is counted as delivered.
    await restart();
    const delivered = await settled('DELIVERED');
    expect(delivered).toMatchObject({ id: orphan.id, last_status_code: 409 });
    expect(moodle.scores).toHaveLength(1);
    expect(moodle.ignoredScores).toHaveLength(1);
  });
});
