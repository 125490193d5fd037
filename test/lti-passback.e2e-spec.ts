import request from 'supertest';
import type { ItemContent } from '@markpoint/grading';
import { resetDatabase, TestLtiPlatform } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { INSTRUCTOR, launch, listen, registerPlatform, sampleQuiz, type LaunchDefaults } from './utils/lti';
import { AUTO_MARKED_TYPES, correctResponse, type ShownItem } from './utils/responses';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(60_000);

const ENV = {
  LTI_PASSBACK_RETRY_BASE_MS: '100',
  LTI_PASSBACK_MAX_DELAY_MS: '1000',
  LTI_PASSBACK_MAX_TRIES: '10',
  LTI_PASSBACK_TIMEOUT_MS: '1000',
};

interface PassbackRow {
  id: string;
  status: string;
  tries: number;
  score_given: string;
  scored_at: Date;
  grading_progress: string;
  tag: string | null;
  attempt_id: string;
  last_status_code: number | null;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('LTI grade passback (AGS) and rosters (NRPS)', () => {
  let ctx: TestApp;
  let moodle: TestLtiPlatform;
  let admin: TestCaller;
  let quizId: string;
  let bankId: string;
  const http = () => request(ctx.app.getHttpServer());

  let base: string;

  const passbacks = (where = 'TRUE', params: unknown[] = []) =>
    ctx.dataSource.query<PassbackRow[]>(
      `SELECT * FROM lti_passbacks WHERE ${where} ORDER BY scored_at, created_at`,
      params,
    );

  /** Launches as a learner, answers `correct` items right (the rest blank) and submits. */
  async function takeQuiz(
    sub: string,
    correct: number | 'all',
    extra: LaunchDefaults = {},
  ): Promise<{ attemptId: string; gradedAt: Date; status: string }> {
    const run = await launch(ctx, moodle, { launch: { sub, custom: { quiz_id: quizId }, ...extra } });
    expect(run.launch.status).toBe(303);
    // A returning learner lands on their attempts and starts the next one there.
    const landing = String(run.launch.headers.location);
    if (landing.startsWith('/lti/learner/')) await http().post(`${landing}/start`).expect(303);
    const [attempt] = await ctx.dataSource.query<{ id: string }[]>(
      `SELECT id FROM attempts WHERE learner_ref LIKE $1 AND status = 'IN_PROGRESS'`,
      [`%:${sub}`],
    );
    const items = await ctx.dataSource.query<
      { position: number; content: ItemContent; parameters: Record<string, number> | null }[]
    >('SELECT position, content, parameters FROM attempt_items WHERE attempt_id = $1 ORDER BY position', [
      attempt.id,
    ]);
    const shown = (await http().get(`/api/v1/attempts/${attempt.id}`).set(admin.auth).expect(200)).body
      .items as ShownItem[];
    for (const item of items.slice(0, correct === 'all' ? items.length : correct)) {
      const view = shown.find((s) => s.position === item.position)!;
      await http()
        .put(`/api/v1/attempts/${attempt.id}/responses/${item.position}`)
        .set(admin.auth)
        .send({ response: correctResponse(item.content, item.parameters, view) })
        .expect(200);
    }
    await http().post(`/api/v1/attempts/${attempt.id}/submit`).set(admin.auth).expect(201);
    const [row] = await ctx.dataSource.query<{ graded_at: Date; submitted_at: Date; status: string }[]>(
      'SELECT graded_at, submitted_at, status FROM attempts WHERE id = $1',
      [attempt.id],
    );
    return { attemptId: attempt.id, gradedAt: row.graded_at ?? row.submitted_at, status: row.status };
  }

  beforeAll(async () => {
    ctx = await createTestApp({ env: ENV });
    base = await listen(ctx);
  });
  beforeEach(async () => {
    // A fresh platform per test: its records (scores, requests, line items) start empty.
    moodle = await TestLtiPlatform.start({ flavour: 'moodle' });
    moodle.toolJwksUrl = `${base}/lti/jwks`;
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin', 'author', 'deliver', 'results:read']);
    await registerPlatform(ctx, admin, moodle);
    ({ quizId, bankId } = await sampleQuiz(ctx, admin, {
      blueprint: { total: 4, types: AUTO_MARKED_TYPES },
    }));
  });
  afterEach(async () => {
    await moodle.close();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should post the score with the right fields to a line item it found or created by resourceId', async () => {
    const { gradedAt } = await takeQuiz('learner-1', 'all');
    const [p] = await waitFor('a delivered passback', async () => {
      const rows = await passbacks(`status = 'DELIVERED'`);
      return rows.length > 0 && rows;
    });
    expect(p.tries).toBe(1);
    const item = moodle.lineItems.find((li) => li.resourceId === quizId);
    expect(item).toMatchObject({
      label: 'Unit 3 check',
      scoreMaximum: 100,
      tag: 'markpoint-quiz',
      resourceLinkId: 'rl-1',
    });
    const score = moodle.currentScore(item!.id, 'learner-1');
    expect(score).toEqual({
      userId: 'learner-1',
      scoreGiven: 100,
      scoreMaximum: 100,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: gradedAt.toISOString(),
    });
    expect(String(score!.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    // A second learner's grade goes to the same column (found, not created again).
    await takeQuiz('learner-2', 0);
    await waitFor('two delivered', async () => (await passbacks(`status = 'DELIVERED'`)).length === 2);
    expect(moodle.lineItems.filter((li) => li.resourceId === quizId)).toHaveLength(1);
    expect(moodle.currentScore(item!.id, 'learner-2')).toMatchObject({ scoreGiven: 0 });
  });

  it('should create one column when a class submits at once, and deliver every score', async () => {
    const subs = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
    await Promise.all(subs.map((sub, i) => takeQuiz(sub, i % 2 === 0 ? 'all' : 0)));
    await waitFor(
      'all delivered',
      async () => (await passbacks(`status = 'DELIVERED'`)).length === subs.length,
    );
    const columns = moodle.lineItems.filter((li) => li.resourceId === quizId);
    expect(columns).toHaveLength(1);
    for (const [i, sub] of subs.entries())
      expect(moodle.currentScore(columns[0].id, sub)).toMatchObject({ scoreGiven: i % 2 === 0 ? 100 : 0 });
  });

  it("should score the launch's own line item, keeping Moodle's query string", async () => {
    await takeQuiz('learner-1', 'all', { ags: { lineitem: true } });
    await waitFor('delivered', async () => (await passbacks(`status = 'DELIVERED'`)).length === 1);
    expect(moodle.scores).toHaveLength(1);
    expect(moodle.scores[0].lineItemUrl).toContain('?type_id=1');
    expect(moodle.lineItems.filter((li) => li.resourceId === quizId)).toHaveLength(0);
  });

  it('should retry 5xx, 429 (after Retry-After), timeouts and one 401 with a fresh token, then deliver once', async () => {
    moodle.revokeAccessTokens();
    moodle.failNext(1, { status: 503 }, 'scores');
    moodle.failNext(1, { status: 429, retryAfterSeconds: 1 }, 'scores');
    moodle.failNext(1, { timeoutMs: 1500 }, 'scores');
    const started = Date.now();
    await takeQuiz('learner-1', 'all');
    const [p] = await waitFor('delivered after retries', async () => {
      const rows = await passbacks(`status = 'DELIVERED'`);
      return rows.length > 0 && rows;
    });
    expect(p.tries).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const scorePosts = moodle.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/scores'));
    // The timed-out request is recorded when the platform drops it, which may be after the next try.
    expect(scorePosts.map((r) => r.status).sort()).toEqual([0, 200, 429, 503]);
    expect(moodle.scores).toHaveLength(1);
  });

  it('should refresh the access token once on 401', async () => {
    await takeQuiz('learner-1', 'all');
    await waitFor('first delivered', async () => (await passbacks(`status = 'DELIVERED'`)).length === 1);
    const tokensBefore = moodle.tokenRequests.length;
    moodle.revokeAccessTokens();
    await takeQuiz('learner-2', 'all');
    const rows = await waitFor('second delivered', async () => {
      const r = await passbacks(`status = 'DELIVERED'`);
      return r.length === 2 && r;
    });
    expect(rows[1].tries).toBe(1);
    expect(moodle.tokenRequests.length).toBe(tokensBefore + 1);
    expect(moodle.requests.some((r) => r.status === 401)).toBe(true);
  });

  it('should dead-letter a score the platform refuses (not a learner), list it, announce it, and re-send it', async () => {
    await http()
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: 'http://127.0.0.1:9/hook', events: ['passback.failed'] })
      .expect(201);
    moodle.setMembers('course-1', [{ userId: 'learner-1', roles: ['Learner'] }]);
    await takeQuiz('auditor-1', 'all');
    const [failed] = await waitFor('a failed passback', async () => {
      const rows = await passbacks(`status = 'FAILED'`);
      return rows.length > 0 && rows;
    });
    expect(failed.tries).toBe(1);
    expect(failed.last_status_code).toBe(400);
    const listed = await http().get('/api/v1/passbacks?status=FAILED').set(admin.auth).expect(200);
    expect(listed.body.total).toBe(1);
    expect(listed.body.data[0]).toMatchObject({
      id: failed.id,
      userId: 'auditor-1',
      status: 'FAILED',
      lastStatusCode: 400,
    });
    const [announced] = await ctx.dataSource.query<{ event: string; payload: { passbackId: string } }[]>(
      `SELECT event, payload FROM webhook_deliveries WHERE event = 'passback.failed'`,
    );
    expect(announced.payload.passbackId).toBe(failed.id);

    moodle.setMembers('course-1', [{ userId: 'auditor-1', roles: ['Learner'] }]);
    const resent = await http().post(`/api/v1/passbacks/${failed.id}/resend`).set(admin.auth).expect(202);
    expect(resent.body.status).toBe('PENDING');
    await waitFor('re-sent', async () => (await passbacks(`status = 'DELIVERED'`)).length === 1);
    await http().post(`/api/v1/passbacks/${failed.id}/resend`).set(admin.auth).expect(202);
    await http()
      .post('/api/v1/passbacks/00000000-0000-4000-8000-000000000000/resend')
      .set(admin.auth)
      .expect(404);
  });

  it('should survive an outage and a restart mid-queue, delivering each grade at most once and the newest last', async () => {
    await ctx.dataSource.query(
      `UPDATE quizzes SET settings = jsonb_set(settings, '{gradingMethod}', '"LATEST"') WHERE id = $1`,
      [quizId],
    );
    moodle.outage(3000);
    const first = await takeQuiz('learner-1', 'all');
    const second = await takeQuiz('learner-1', 0);
    await waitFor('a failed try', async () => (await passbacks('tries > 0')).length > 0);
    // Restart while both grades are still queued.
    await ctx.close();
    ctx = await createTestApp({ env: ENV });
    base = await listen(ctx);
    moodle.toolJwksUrl = `${base}/lti/jwks`;
    const rows = await waitFor('settled', async () => {
      const r = await passbacks();
      return r.length === 2 && r.every((p) => p.status === 'DELIVERED' || p.status === 'SUPERSEDED') && r;
    });
    const newest = rows.find((p) => p.attempt_id === second.attemptId)!;
    expect(newest.status).toBe('DELIVERED');
    expect(Number(newest.score_given)).toBe(0);
    const item = moodle.lineItems.find((li) => li.resourceId === quizId)!;
    expect(moodle.currentScore(item.id, 'learner-1')).toMatchObject({
      scoreGiven: 0,
      timestamp: second.gradedAt.toISOString(),
    });
    const timestamps = moodle.scores.map((s) => String(s.body.timestamp));
    expect(new Set(timestamps).size).toBe(timestamps.length);
    expect(timestamps.at(-1)).toBe(second.gradedAt.toISOString());
    expect(first.gradedAt.getTime()).toBeLessThan(second.gradedAt.getTime());
  });

  it('should send PendingManual while an extended response awaits marking, then FullyGraded', async () => {
    const manual = await http()
      .post('/api/v1/quizzes')
      .set(admin.auth)
      .send({ bankId, title: 'Essay', blueprint: { total: 2, types: ['EXTENDED_RESPONSE'] } })
      .expect(201);
    quizId = (manual.body as { id: string }).id;
    const { attemptId, status } = await takeQuiz('learner-1', 'all');
    expect(status).toBe('AWAITING_MANUAL');
    const [pending] = await waitFor('pending manual delivered', async () => {
      const r = await passbacks(`status = 'DELIVERED'`);
      return r.length > 0 && r;
    });
    expect(pending.grading_progress).toBe('PendingManual');
    const items = await ctx.dataSource.query<
      { position: number; content: { rubric: { id: string; marks: number }[] } }[]
    >('SELECT position, content FROM attempt_items WHERE attempt_id = $1 ORDER BY position', [attemptId]);
    for (const item of items) {
      const awards = Object.fromEntries(item.content.rubric.map((c) => [c.id, c.marks]));
      await http()
        .post(`/api/v1/attempts/${attemptId}/items/${item.position}/mark`)
        .set(admin.auth)
        .send({ awards })
        .expect(201);
    }
    await waitFor(
      'fully graded delivered',
      async () => (await passbacks(`status = 'DELIVERED' AND grading_progress = 'FullyGraded'`)).length === 1,
    );
    const item = moodle.lineItems.find((li) => li.resourceId === quizId)!;
    expect(moodle.currentScore(item.id, 'learner-1')).toMatchObject({
      gradingProgress: 'FullyGraded',
      scoreGiven: 100,
    });
  });

  it('should add a gradebook column per marking point when the link asks for it', async () => {
    await takeQuiz('learner-1', 'all', { custom: { quiz_id: quizId, marking_point_line_items: 'true' } });
    const rows = await waitFor('all delivered', async () => {
      const r = await passbacks();
      return r.length > 1 && r.every((p) => p.status === 'DELIVERED') && r;
    });
    const tags = rows.map((r) => r.tag).filter((t): t is string => t !== null);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags)
      expect(moodle.lineItems.some((li) => li.tag === tag && li.resourceId === quizId)).toBe(true);
  });

  it('should deliver to a Canvas-shaped platform and dead-letter its 422 for a non-student at once', async () => {
    await moodle.close();
    moodle = await TestLtiPlatform.start({ flavour: 'canvas' });
    moodle.toolJwksUrl = `${base}/lti/jwks`;
    await registerPlatform(ctx, admin, moodle);
    moodle.setMembers('course-1', [{ userId: 'student-1', roles: ['Learner'] }]);
    await takeQuiz('student-1', 'all');
    await takeQuiz('observer-1', 'all');
    const rows = await waitFor('both settled', async () => {
      const r = await passbacks();
      return r.length === 2 && r.every((p) => p.status !== 'PENDING') && r;
    });
    expect(rows.map((r) => [r.status, r.last_status_code, r.tries]).sort()).toEqual([
      ['DELIVERED', 200, 1],
      ['FAILED', 422, 1],
    ]);
    const item = moodle.lineItems.find((li) => li.resourceId === quizId)!;
    expect(moodle.currentScore(item.id, 'student-1')).toMatchObject({
      scoreGiven: 100,
      gradingProgress: 'FullyGraded',
    });
  });

  it('should list every course member on the dashboard with attempt and gradebook status (NRPS)', async () => {
    moodle.setMembers('course-1', [
      { userId: 'learner-1', roles: ['Learner'] },
      { userId: 'learner-2', roles: ['Learner'], name: 'Grace Hopper' },
      { userId: 'teacher-1', roles: ['Instructor'] },
    ]);
    await takeQuiz('learner-1', 'all');
    // The same quiz placed in another course: its learners are not this course's.
    await takeQuiz('outsider-1', 0, { contextId: 'course-2', resourceLinkId: 'rl-2' });
    await waitFor('delivered', async () => (await passbacks(`status = 'DELIVERED'`)).length === 2);
    const teacher = await launch(ctx, moodle, {
      launch: { sub: 'teacher-1', roles: [INSTRUCTOR], custom: { quiz_id: quizId } },
    });
    const page = await http().get(teacher.launch.headers.location).expect(200);
    const row = (who: string) =>
      new RegExp(`<tr>\\s*<td>\\s*${who}[\\s\\S]*?</tr>`).exec(page.text)?.[0] ?? '';
    expect(row('learner-1')).toContain('Graded');
    expect(row('learner-1')).toContain('Sent');
    expect(row('learner-1')).toContain('100%');
    expect(row('Grace Hopper')).toContain('Not started');
    expect(page.text).toContain('2 learners');
    expect(page.text).not.toContain('outsider-1');
    expect(moodle.requests.some((r) => r.path.includes('/memberships') && r.status === 200)).toBe(true);
  });
});
