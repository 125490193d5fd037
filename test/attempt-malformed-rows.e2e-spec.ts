import type { ItemContent } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { PlayerFixture } from './browser/player-fixture';
import { correctResponse } from './utils/responses';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(90_000);

interface Row {
  id: string;
  position: number;
  content: ItemContent;
  parameters: Record<string, number> | null;
}

// Rows that older code stored (any object was accepted as a response) must never keep an attempt
// open: it is submitted and graded, and one attempt that cannot be never holds up the others.
describe('Attempts with malformed stored responses (submit, deadline job, start-up sweep)', () => {
  let ctx: TestApp;
  let f: PlayerFixture;

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new PlayerFixture(ctx);
    await f.listen();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    await f.seed();
  });
  afterAll(async () => {
    await ctx.close();
  });

  const rows = (attemptId: string): Promise<Row[]> =>
    ctx.dataSource.query(
      'SELECT id, position, content, parameters FROM attempt_items WHERE attempt_id = $1 ORDER BY position',
      [attemptId],
    );

  /** Stores a response as older code did: no validation at all. */
  async function storeRaw(attemptId: string, position: number, response: unknown): Promise<void> {
    await ctx.dataSource.query(
      'UPDATE attempt_items SET response = $3::jsonb WHERE attempt_id = $1 AND position = $2',
      [attemptId, position, JSON.stringify(response)],
    );
  }

  /** An attempt whose first short answer holds a number and whose first matching item holds null. */
  async function malformedAttempt(quizId: string, learner: string) {
    const started = await f.start(quizId, learner);
    const items = await rows(started.attemptId);
    const short = items.find((i) => i.content.type === 'SHORT_ANSWER')!;
    const matching = items.find((i) => i.content.type === 'MATCHING')!;
    await storeRaw(started.attemptId, short.position, { type: 'SHORT_ANSWER', text: 123 });
    await storeRaw(started.attemptId, matching.position, { type: 'MATCHING', matches: null });
    return { ...started, base: new URL(started.url).pathname, items, short, matching };
  }

  const types = { perMarkingPoint: null, types: ['SHORT_ANSWER', 'MATCHING', 'TRUE_FALSE'] };

  it('should show, submit and grade an attempt holding malformed responses, scoring them as unanswered', async () => {
    const quizId = await f.quiz({ blueprint: types });
    const a = await malformedAttempt(quizId, 'learner-old-row');
    const tf = a.items.find((i) => i.content.type === 'TRUE_FALSE')!;
    await f
      .http()
      .put(`/api/v1/attempts/${a.attemptId}/responses/${tf.position}`)
      .set(f.deliver.auth)
      .send({ response: correctResponse(tf.content, null, { position: tf.position }) })
      .expect(200);

    await f.http().get(`${a.base}/items/${a.short.position}`).expect(200);
    await f.http().get(`${a.base}/items/${a.matching.position}`).expect(200);
    const view = await f.http().get(`/api/v1/attempts/${a.attemptId}`).set(f.deliver.auth).expect(200);
    const shown = new Map(
      view.body.items.map((i: { position: number; response: unknown }) => [i.position, i.response]),
    );
    expect(shown.get(a.short.position)).toBeNull();

    const submitted = await f
      .http()
      .post(`/api/v1/attempts/${a.attemptId}/submit`)
      .set(f.deliver.auth)
      .expect(201);
    expect(submitted.body.status).toBe('GRADED');
    const grades = await ctx.dataSource.query<
      { position: number; grade: { score: number; detail: string } }[]
    >('SELECT position, grade FROM attempt_items WHERE attempt_id = $1', [a.attemptId]);
    const byPosition = new Map(grades.map((g) => [g.position, g.grade]));
    // Graded as no answer (the use case logs the malformed row).
    expect(byPosition.get(a.short.position)).toMatchObject({ score: 0, detail: 'no response' });
    expect(byPosition.get(a.matching.position)?.score).toBe(0);
    expect(byPosition.get(tf.position)?.score).toBeGreaterThan(0);
  });

  it('should let the deadline job submit a timed attempt holding a malformed response', async () => {
    const closesAt = new Date(Date.now() + 2500).toISOString();
    const quizId = await f.quiz({ blueprint: types, settings: { timeLimitMinutes: 30, closesAt } });
    const a = await malformedAttempt(quizId, 'learner-timed');
    let row = await f.attempt(a.attemptId);
    for (let i = 0; i < 60 && row.status === 'IN_PROGRESS'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      row = await f.attempt(a.attemptId);
    }
    expect(row).toMatchObject({ status: 'GRADED', submitted_by: 'DEADLINE' });
  });

  it('should close every other overdue attempt at start-up when one holds a malformed response and one cannot be graded', async () => {
    const quizId = await f.quiz({ blueprint: types, settings: { timeLimitMinutes: 30 } });
    const malformed = await malformedAttempt(quizId, 'learner-a');
    const broken = await f.start(quizId, 'learner-b');
    const fine = await f.start(quizId, 'learner-c');
    // An item whose frozen max score is impossible: its grading throws, whatever the response.
    await ctx.dataSource.query(
      'UPDATE attempt_items SET max_score = -1 WHERE attempt_id = $1 AND position = 1',
      [broken.attemptId],
    );
    // Deadlines that passed while no replica ran, in the order the sweep takes them.
    for (const [n, id] of [malformed.attemptId, broken.attemptId, fine.attemptId].entries()) {
      await ctx.dataSource.query(
        `UPDATE attempts SET deadline_at = now() - make_interval(mins => $2) WHERE id = $1`,
        [id, 10 - n],
      );
    }

    const replica = await createTestApp();
    await replica.close();

    expect(await f.attempt(malformed.attemptId)).toMatchObject({
      status: 'GRADED',
      submitted_by: 'DEADLINE',
    });
    expect(await f.attempt(fine.attemptId)).toMatchObject({ status: 'GRADED', submitted_by: 'DEADLINE' });
    expect((await f.attempt(broken.attemptId)).status).toBe('IN_PROGRESS');
  });
});
