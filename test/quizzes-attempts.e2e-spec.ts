import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { ItemContent } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { AUTO_MARKED_TYPES, correctResponse, type ShownItem } from './utils/responses';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(30_000);

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);

describe('Quizzes and attempts (/api/v1/quizzes, /api/v1/attempts)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let deliver: TestCaller;
  let reader: TestCaller;
  let bankId: string;
  const http = () => request(ctx.app.getHttpServer());

  // The frozen content from the database, with the item as the learner's view shows it.
  async function frozenItems(attemptId: string): Promise<
    {
      position: number;
      content: ItemContent;
      parameters: Record<string, number> | null;
      shown: ShownItem;
    }[]
  > {
    const rows = await ctx.dataSource.query<
      { position: number; content: ItemContent; parameters: Record<string, number> | null }[]
    >('SELECT position, content, parameters FROM attempt_items WHERE attempt_id = $1 ORDER BY position', [
      attemptId,
    ]);
    const view = await http().get(`/api/v1/attempts/${attemptId}`).set(deliver.auth).expect(200);
    const shown = view.body.items as ShownItem[];
    return rows.map((row) => ({ ...row, shown: shown.find((s) => s.position === row.position)! }));
  }

  async function quiz(body: Record<string, unknown>): Promise<string> {
    const res = await http()
      .post('/api/v1/quizzes')
      .set(author.auth)
      .send({ bankId, title: 'Unit 3 check', ...body })
      .expect(201);
    return res.body.id;
  }

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    deliver = await newCaller(ctx.app, ['deliver'], author);
    reader = await newCaller(ctx.app, ['results:read'], author);
    const spec = await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201);
    bankId = (
      await http()
        .post(`/api/v1/specs/${spec.body.id}/banks`)
        .set(author.auth)
        // Approve every item the checker passes, so quizzes can draw them (drafts by default).
        .send({ seed: 'quiz', autoApproveAbove: 0 })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should run an attempt from start to a graded result with a breakdown per marking point, never sending keys before submission', async () => {
    const quizId = await quiz({
      blueprint: { perMarkingPoint: 2, types: AUTO_MARKED_TYPES },
      settings: { passMarkPercent: 60 },
    });
    const started = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-1' })
      .expect(201);
    // Two auto-marked items per marking point, or all a marking point has when it has fewer.
    const bankItems = (
      await http().get(`/api/v1/banks/${bankId}/items?limit=100`).set(author.auth).expect(200)
    ).body.data as { type: string; markingPointKeys: string[] }[];
    const perPoint = new Map<string, number>();
    for (const item of bankItems.filter((candidate) => AUTO_MARKED_TYPES.includes(candidate.type as never)))
      perPoint.set(item.markingPointKeys[0], (perPoint.get(item.markingPointKeys[0]) ?? 0) + 1);
    const expected = [...perPoint.values()].reduce((sum, count) => sum + Math.min(2, count), 0);
    expect(expected).toBeGreaterThanOrEqual(8);
    expect(started.body.items).toHaveLength(expected);
    const raw = JSON.stringify(started.body);
    for (const secret of [
      'correctOptionId',
      'correctOptionIds',
      '"correct"',
      'acceptedAnswers',
      'feedback',
      '"formula":',
      '"pairs"',
      '"rubric"',
    ]) {
      expect(raw).not.toContain(secret);
    }
    const resumed = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-1' })
      .expect(200);
    expect(resumed.body.id).toBe(started.body.id);

    for (const item of await frozenItems(started.body.id)) {
      const response = correctResponse(item.content, item.parameters, item.shown);
      await http()
        .put(`/api/v1/attempts/${started.body.id}/responses/${item.position}`)
        .set(deliver.auth)
        .send({ response })
        .expect(200);
      // Autosave is idempotent.
      await http()
        .put(`/api/v1/attempts/${started.body.id}/responses/${item.position}`)
        .set(deliver.auth)
        .send({ response })
        .expect(200);
    }
    const reloaded = await http().get(`/api/v1/attempts/${started.body.id}`).set(deliver.auth).expect(200);
    expect(reloaded.body.items.every((i: { response: unknown }) => i.response !== null)).toBe(true);

    const submitted = await http()
      .post(`/api/v1/attempts/${started.body.id}/submit`)
      .set(deliver.auth)
      .expect(201);
    expect(submitted.body.status).toBe('GRADED');
    const result = await http()
      .get(`/api/v1/attempts/${started.body.id}/result`)
      .set(reader.auth)
      .expect(200);
    expect(result.body).toMatchObject({ percentage: 100, passed: true, submittedBy: 'CLIENT' });
    expect(result.body.breakdown).toHaveLength(perPoint.size);
    expect(
      result.body.breakdown.every(
        (b: { score: number; maxScore: number }) => b.score === b.maxScore && b.maxScore > 0,
      ),
    ).toBe(true);
    const [firstItem] = await frozenItems(started.body.id);
    const late = await http()
      .put(`/api/v1/attempts/${started.body.id}/responses/1`)
      .set(deliver.auth)
      .send({ response: correctResponse(firstItem.content, firstItem.parameters, firstItem.shown) })
      .expect(409);
    expect(late.body.code).toBe('ATTEMPT_NOT_IN_PROGRESS');
  });

  it('should give partial and zero scores for wrong answers and refuse a response of the wrong type', async () => {
    const quizId = await quiz({ blueprint: { perMarkingPoint: 1, types: ['SINGLE_CHOICE', 'TRUE_FALSE'] } });
    const a = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-2' })
      .expect(201);
    const items = await frozenItems(a.body.id);
    const wrong = await http()
      .put(`/api/v1/attempts/${a.body.id}/responses/1`)
      .set(deliver.auth)
      .send({ response: { type: 'ORDERING', stepIds: [] } })
      .expect(400);
    expect(wrong.body.code).toBe('RESPONSE_TYPE_MISMATCH');
    const first = items[0];
    const right = correctResponse(first.content, null, first.shown);
    await http()
      .put(`/api/v1/attempts/${a.body.id}/responses/1`)
      .set(deliver.auth)
      .send({ response: right })
      .expect(200);
    await http().post(`/api/v1/attempts/${a.body.id}/submit`).set(deliver.auth).expect(201);
    const result = await http().get(`/api/v1/attempts/${a.body.id}/result`).set(reader.auth).expect(200);
    expect(result.body.score).toBe(1);
    expect(result.body.maxScore).toBe(items.length);
  });

  it('should keep one open attempt under concurrent starts and enforce the attempt limit with accommodations', async () => {
    const quizId = await quiz({ settings: { attemptsAllowed: 1 } });
    const starts = await Promise.all(
      Array.from({ length: 6 }, () =>
        http().post(`/api/v1/quizzes/${quizId}/attempts`).set(deliver.auth).send({ learner: 'learner-3' }),
      ),
    );
    expect(new Set(starts.map((s) => s.body.id)).size).toBe(1);
    expect(starts.map((s) => s.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    await http().post(`/api/v1/attempts/${starts[0].body.id}/submit`).set(deliver.auth).expect(201);
    const refused = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-3' })
      .expect(409);
    expect(refused.body.code).toBe('NO_ATTEMPTS_LEFT');
    await http()
      .put(`/api/v1/quizzes/${quizId}/accommodations/learner-3`)
      .set(author.auth)
      .send({ timeMultiplier: 1.5, extraAttempts: 1 })
      .expect(200);
    const second = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-3' })
      .expect(201);
    expect(second.body.number).toBe(2);
  });

  it('should submit an attempt at its deadline with what was saved before it, and refuse saves after it', async () => {
    const closesAt = new Date(Date.now() + 3000).toISOString();
    const quizId = await quiz({
      blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE', 'SINGLE_CHOICE'] },
      settings: { timeLimitMinutes: 30, closesAt },
    });
    const a = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-4' })
      .expect(201);
    expect(a.body.deadlineAt).toBe(closesAt);
    const [first, second] = await frozenItems(a.body.id);
    await http()
      .put(`/api/v1/attempts/${a.body.id}/responses/1`)
      .set(deliver.auth)
      .send({ response: correctResponse(first.content, null, first.shown) })
      .expect(200);
    let status = 'IN_PROGRESS';
    for (let i = 0; i < 60 && status === 'IN_PROGRESS'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await http().get(`/api/v1/attempts/${a.body.id}`).set(deliver.auth)).body.status;
    }
    const result = await http().get(`/api/v1/attempts/${a.body.id}/result`).set(reader.auth).expect(200);
    expect(result.body).toMatchObject({ status: 'GRADED', submittedBy: 'DEADLINE', score: 1 });
    const late = await http()
      .put(`/api/v1/attempts/${a.body.id}/responses/2`)
      .set(deliver.auth)
      .send({ response: correctResponse(second.content, null, second.shown) })
      .expect(409);
    expect(late.body.code).toBe('ATTEMPT_NOT_IN_PROGRESS');
  });

  it('should hold extended responses for a marker and grade the attempt when the last one is marked', async () => {
    const quizId = await quiz({ blueprint: { perMarkingPoint: 1, types: ['EXTENDED_RESPONSE'], total: 1 } });
    const a = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'learner-5' })
      .expect(201);
    await http()
      .put(`/api/v1/attempts/${a.body.id}/responses/1`)
      .set(deliver.auth)
      .send({ response: { type: 'EXTENDED_RESPONSE', text: 'My answer' } })
      .expect(200);
    expect(
      (await http().post(`/api/v1/attempts/${a.body.id}/submit`).set(deliver.auth).expect(201)).body.status,
    ).toBe('AWAITING_MANUAL');
    const queue = await http().get(`/api/v1/quizzes/${quizId}/marking-queue`).set(author.auth).expect(200);
    expect(queue.body).toHaveLength(1);
    const rubric = queue.body[0].toMark[0].content.rubric as { id: string; marks: number }[];
    const bad = await http()
      .post(`/api/v1/attempts/${a.body.id}/items/1/mark`)
      .set(author.auth)
      .send({ awards: { nope: 1 } })
      .expect(422);
    expect(bad.body.code).toBe('INVALID_MARKS');
    const awards = Object.fromEntries(rubric.map((c) => [c.id, c.marks]));
    const marked = await http()
      .post(`/api/v1/attempts/${a.body.id}/items/1/mark`)
      .set(author.auth)
      .send({ awards })
      .expect(201);
    expect(marked.body).toMatchObject({ status: 'GRADED', percentage: 100 });
  });

  it('should list results, export them as CSV and compute item statistics', async () => {
    const quizId = await quiz({ blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE', 'SINGLE_CHOICE'] } });
    for (const [n, learner] of ['a', 'b', 'c'].entries()) {
      const a = await http()
        .post(`/api/v1/quizzes/${quizId}/attempts`)
        .set(deliver.auth)
        .send({ learner })
        .expect(201);
      const items = await frozenItems(a.body.id);
      for (const item of items.slice(0, n + 1)) {
        await http()
          .put(`/api/v1/attempts/${a.body.id}/responses/${item.position}`)
          .set(deliver.auth)
          .send({ response: correctResponse(item.content, null, item.shown) })
          .expect(200);
      }
      await http().post(`/api/v1/attempts/${a.body.id}/submit`).set(deliver.auth).expect(201);
    }
    const page = await http().get(`/api/v1/quizzes/${quizId}/results?limit=2`).set(reader.auth).expect(200);
    expect(page.body).toMatchObject({ total: 3, next: '?page=2&limit=2' });
    const csv = await http().get(`/api/v1/quizzes/${quizId}/results.csv`).set(reader.auth).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^learner,attempt,status,/);
    const stats = await http().get(`/api/v1/quizzes/${quizId}/statistics`).set(reader.auth).expect(200);
    expect(stats.body.attempts).toBe(3);
    expect(stats.body.items.length).toBeGreaterThan(0);
    await http().get(`/api/v1/quizzes/${quizId}/results`).set(deliver.auth).expect(403);
  });

  it('should refuse a blueprint that selects nothing, and hide quizzes across tenants', async () => {
    const res = await http()
      .post('/api/v1/quizzes')
      .set(author.auth)
      .send({ bankId, title: 'x', blueprint: { markingPoints: ['mp-0000000000'] } })
      .expect(422);
    expect(res.body.code).toBe('EMPTY_BLUEPRINT');
    const quizId = await quiz({});
    const stranger = await newCaller(ctx.app, ['deliver', 'author']);
    await http().get(`/api/v1/quizzes/${quizId}`).set(stranger.auth).expect(404);
    await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(stranger.auth)
      .send({ learner: 'x' })
      .expect(404);
  });

  it('should update a quiz in part, keep its other settings, and refuse a change of bank', async () => {
    const quizId = await quiz({ settings: { attemptsAllowed: 2, passMarkPercent: 70 } });
    const updated = await http()
      .patch(`/api/v1/quizzes/${quizId}`)
      .set(author.auth)
      .send({ title: 'Renamed', settings: { timeLimitMinutes: 30, review: { when: 'NEVER' } } })
      .expect(200);
    expect(updated.body).toMatchObject({ title: 'Renamed', timeLimit: '30 min' });
    expect(updated.body.settings).toMatchObject({
      attemptsAllowed: 2,
      passMarkPercent: 70,
      timeLimitMinutes: 30,
    });
    expect(updated.body.settings.review).toMatchObject({ when: 'NEVER', showScore: true });
    const refused = await http()
      .patch(`/api/v1/quizzes/${quizId}`)
      .set(author.auth)
      .send({ bankId })
      .expect(400);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['bankId']);
  });
});
