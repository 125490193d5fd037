import request from 'supertest';
import type { ItemContent } from '@markpoint/grading';
import type { TestLtiPlatform } from '@markpoint/testing';
import type { TestCaller } from './api-keys';
import { launch, type LaunchDefaults } from './lti';
import { correctResponse, type ShownItem } from './responses';
import type { TestApp } from './test-app';

export interface PassbackRow {
  id: string;
  status: string;
  tries: number;
  score_given: string;
  scored_at: Date;
  grading_progress: string;
  tag: string | null;
  attempt_id: string;
  next_try_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 20_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function passbackRows(ctx: TestApp, where = 'TRUE', params: unknown[] = []): Promise<PassbackRow[]> {
  return ctx.dataSource.query<PassbackRow[]>(
    `SELECT * FROM lti_passbacks WHERE ${where} ORDER BY scored_at, created_at`,
    params,
  );
}

export interface QuizTaker {
  ctx: TestApp;
  platform: TestLtiPlatform;
  admin: TestCaller;
  quizId: string;
}

/** Launches as a learner, answers `correct` items right (the rest blank) and submits. */
export async function takeQuiz(
  t: QuizTaker,
  sub: string,
  correct: number | 'all',
  extra: LaunchDefaults = {},
): Promise<{ attemptId: string; gradedAt: Date; status: string }> {
  const http = () => request(t.ctx.app.getHttpServer());
  const run = await launch(t.ctx, t.platform, { launch: { sub, custom: { quiz_id: t.quizId }, ...extra } });
  if (run.launch.status !== 303) throw new Error(`The launch answered ${run.launch.status}`);
  // A returning learner lands on their attempts and starts the next one there.
  const landing = String(run.launch.headers.location);
  if (landing.startsWith('/lti/learner/')) await http().post(`${landing}/start`).expect(303);
  const [attempt] = await t.ctx.dataSource.query<{ id: string }[]>(
    `SELECT id FROM attempts WHERE learner_ref LIKE $1 AND status = 'IN_PROGRESS'`,
    [`%:${sub}`],
  );
  const items = await t.ctx.dataSource.query<
    { position: number; content: ItemContent; parameters: Record<string, number> | null }[]
  >('SELECT position, content, parameters FROM attempt_items WHERE attempt_id = $1 ORDER BY position', [
    attempt.id,
  ]);
  // Answers go in the ids the learner is shown, matched by text (they are opaque per attempt).
  const view = await http().get(`/api/v1/attempts/${attempt.id}`).set(t.admin.auth).expect(200);
  const shown = (view.body as { items: ShownItem[] }).items;
  for (const item of items.slice(0, correct === 'all' ? items.length : correct)) {
    const seen = shown.find((candidate) => candidate.position === item.position);
    if (!seen) throw new Error(`Item ${item.position} is not shown`);
    await http()
      .put(`/api/v1/attempts/${attempt.id}/responses/${item.position}`)
      .set(t.admin.auth)
      .send({ response: correctResponse(item.content, item.parameters, seen) })
      .expect(200);
  }
  await http().post(`/api/v1/attempts/${attempt.id}/submit`).set(t.admin.auth).expect(201);
  const [row] = await t.ctx.dataSource.query<{ graded_at: Date; submitted_at: Date; status: string }[]>(
    'SELECT graded_at, submitted_at, status FROM attempts WHERE id = $1',
    [attempt.id],
  );
  return { attemptId: attempt.id, gradedAt: row.graded_at ?? row.submitted_at, status: row.status };
}
