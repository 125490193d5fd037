import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

describe('Concurrent edits of one bank item', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let bankId: string;
  let itemId: string;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
    author = await newCaller(ctx.app, ['author']);
    const spec = await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201);
    bankId = (
      await http()
        .post(`/api/v1/specs/${spec.body.id}/banks`)
        .set(author.auth)
        .send({ seed: 'a' })
        .expect(201)
    ).body.id;
    const item = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({
        content: {
          type: 'SINGLE_CHOICE',
          stem: 'Which of these is an analytical tool?',
          options: [
            { id: 'a', text: 'Customer surveys' },
            { id: 'b', text: 'Mystery shopping' },
            { id: 'c', text: 'CRM records' },
            { id: 'd', text: 'SWOT analysis' },
          ],
          correctOptionId: 'd',
        },
        markingPointKeys: [spec.body.markingPoints[0].key],
        level: 'RECALL',
        feedback: { correct: 'SWOT is an analytical tool.', incorrect: 'The others collect data.' },
      })
      .expect(201);
    itemId = item.body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should let one edit of a version win and answer the others 409 ITEM_EDIT_CONFLICT', async () => {
    const edits = await Promise.all(
      [1.5, 2, 2.5, 3, 3.5, 4].map((maxScore) =>
        http().patch(`/api/v1/banks/${bankId}/items/${itemId}`).set(author.auth).send({ maxScore }),
      ),
    );
    const statuses = edits.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(409);
    const conflict = edits.find((r) => r.status === 409)!;
    expect(conflict.body).toMatchObject({ code: 'ITEM_EDIT_CONFLICT' });

    // Every 200 made exactly one version; nothing was lost or doubled.
    const versions = await http()
      .get(`/api/v1/banks/${bankId}/items/${itemId}/versions`)
      .set(author.auth)
      .expect(200);
    expect((versions.body as unknown[]).length).toBe(1 + statuses.filter((s) => s === 200).length);
  });
});
