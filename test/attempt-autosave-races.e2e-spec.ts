import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { ItemContent, ItemGrade, ItemResponse } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(120_000);

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);
const TRIES = 30;

interface SavedItem {
  content: ItemContent;
  response: ItemResponse | null;
  grade: ItemGrade | null;
}

// An acknowledged answer is graded: an autosave racing a submit is either refused (409) or is the
// answer the grade was computed from; never 200 and ignored.
describe('Autosave racing submit (PUT /attempts/:id/responses/:position, POST /attempts/:id/submit)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let deliver: TestCaller;
  let quizId: string;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    deliver = await newCaller(ctx.app, ['deliver'], author);
    const spec = await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201);
    const bank = await http()
      .post(`/api/v1/specs/${spec.body.id}/banks`)
      .set(author.auth)
      .send({ seed: 'races', autoApproveAbove: 0 })
      .expect(201);
    quizId = (
      await http()
        .post('/api/v1/quizzes')
        .set(author.auth)
        .send({
          bankId: bank.body.id,
          title: 'Races',
          blueprint: { perMarkingPoint: 2, types: ['TRUE_FALSE'] },
        })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  async function savedItem(attemptId: string): Promise<SavedItem> {
    const [row] = await ctx.dataSource.query<SavedItem[]>(
      'SELECT content, response, grade FROM attempt_items WHERE attempt_id = $1 AND position = 1',
      [attemptId],
    );
    return row;
  }

  it(`should grade the autosaved answer or refuse it with 409 in each of ${TRIES} races`, async () => {
    const outcomes = { saved: 0, refused: 0, ignored: 0 };
    for (let i = 0; i < TRIES; i++) {
      const attempt = await http()
        .post(`/api/v1/quizzes/${quizId}/attempts`)
        .set(deliver.auth)
        .send({ learner: `racer-${i}` })
        .expect(201);
      const id: string = attempt.body.id;
      const { content } = await savedItem(id);
      if (content.type !== 'TRUE_FALSE') throw new Error('The quiz holds true/false items only');
      const wrong: ItemResponse = { type: 'TRUE_FALSE', value: !content.correct };
      const right: ItemResponse = { type: 'TRUE_FALSE', value: content.correct };
      await http()
        .put(`/api/v1/attempts/${id}/responses/1`)
        .set(deliver.auth)
        .send({ response: wrong })
        .expect(200);

      const [save, submit] = await Promise.all([
        http().put(`/api/v1/attempts/${id}/responses/1`).set(deliver.auth).send({ response: right }),
        http().post(`/api/v1/attempts/${id}/submit`).set(deliver.auth),
      ]);

      expect(submit.status).toBe(201);
      const after = await savedItem(id);
      if (save.status === 409) {
        expect(save.body.code).toBe('ATTEMPT_NOT_IN_PROGRESS');
        expect(after.response).toEqual(wrong);
        expect(after.grade?.score).toBe(0);
        outcomes.refused++;
      } else {
        expect(save.status).toBe(200);
        expect(after.response).toEqual(right);
        if (after.grade?.score !== after.grade?.maxScore) outcomes.ignored++;
        else outcomes.saved++;
      }
    }
    // Every acknowledged answer was the one graded.
    expect(outcomes).toEqual({ saved: expect.any(Number), refused: expect.any(Number), ignored: 0 });
  });
});
