import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

const singleChoice = (stem: string) => ({
  type: 'SINGLE_CHOICE',
  stem,
  options: [
    { id: 'a', text: 'Customer surveys' },
    { id: 'b', text: 'Mystery shopping' },
    { id: 'c', text: 'CRM records' },
    { id: 'd', text: 'SWOT analysis' },
  ],
  correctOptionId: 'd',
});

describe('Authoring items (/api/v1/banks/:id/items)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let deliver: TestCaller;
  let bankId: string;
  let mp: string;
  const http = () => request(ctx.app.getHttpServer());
  const feedback = { correct: 'SWOT is an analytical tool.', incorrect: 'The others collect data.' };

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    deliver = await newCaller(ctx.app, ['deliver'], author);
    const spec = await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201);
    mp = spec.body.markingPoints[0].key;
    bankId = (
      await http()
        .post(`/api/v1/specs/${spec.body.id}/banks`)
        .set(author.auth)
        .send({ seed: 'a' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should add a hand-written item and refuse one that breaks a rule, with the reason', async () => {
    const added = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({
        content: singleChoice('Which of these is an analytical tool?'),
        markingPointKeys: [mp],
        level: 'RECALL',
        feedback,
      })
      .expect(201);
    expect(added.body).toMatchObject({ origin: 'AUTHORED', version: 1, markingPointKeys: [mp] });

    const noKey = { ...singleChoice('Which of these is an analytical tool?'), correctOptionId: 'z' };
    const refused = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({ content: noKey, markingPointKeys: [mp], level: 'RECALL', feedback })
      .expect(422);
    expect(refused.body.code).toBe('ITEM_INVALID');
    expect(refused.body.details.map((d: { field: string }) => d.field)).toContain('single-key');

    const duplicate = singleChoice('Pick one');
    duplicate.options[1].text = 'Customer surveys';
    const dup = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({ content: duplicate, markingPointKeys: [mp], level: 'RECALL', feedback })
      .expect(422);
    expect(dup.body.details.map((d: { field: string }) => d.field)).toContain('duplicate-option');

    const shape = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({ content: { type: 'SINGLE_CHOICE' }, markingPointKeys: [mp], level: 'RECALL', feedback })
      .expect(422);
    expect(shape.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['content.stem', 'content.options']),
    );
  });

  it('should add a numeric item with its own expression and refuse one whose expression names no input', async () => {
    const expression = {
      type: 'NUMERIC',
      stem: 'The current assets are {currentAssets} and the current liabilities are {currentLiabilities}. What is the current ratio?',
      formula: 'EXPRESSION',
      expression: {
        text: 'currentAssets / currentLiabilities',
        inputs: [
          { name: 'currentAssets', label: 'current assets', unit: '£' },
          { name: 'currentLiabilities', label: 'current liabilities', unit: '£' },
        ],
        resultName: 'current ratio',
        resultRange: { min: 0.5, max: 4 },
      },
      parameters: [
        { name: 'currentAssets', label: 'current assets', min: 10000, max: 90000, step: 500, unit: '£' },
        {
          name: 'currentLiabilities',
          label: 'current liabilities',
          min: 10000,
          max: 90000,
          step: 500,
          unit: '£',
        },
      ],
      tolerance: { kind: 'ABSOLUTE', value: 0.01 },
      decimals: 2,
    };
    const ratioFeedback = {
      correct: 'Current ratio = current assets ÷ current liabilities.',
      incorrect: 'Divide.',
    };
    const added = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({ content: expression, markingPointKeys: [mp], level: 'APPLY', feedback: ratioFeedback })
      .expect(201);
    expect(added.body.content.expression.text).toBe('currentAssets / currentLiabilities');

    const wrong = { ...expression, expression: { ...expression.expression, text: 'currentAssets / debts' } };
    const refused = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({ content: wrong, markingPointKeys: [mp], level: 'APPLY', feedback: ratioFeedback })
      .expect(422);
    expect(refused.body.details).toContainEqual({
      field: 'numeric-key',
      message: 'expression.inputs: not declared: debts',
    });
  });

  it('should version an edit while a started attempt keeps the version it was given', async () => {
    const added = await http()
      .post(`/api/v1/banks/${bankId}/items`)
      .set(author.auth)
      .send({
        content: singleChoice('Which of these is an analytical tool?'),
        markingPointKeys: [mp],
        level: 'RECALL',
        feedback,
      })
      .expect(201);
    const quiz = await http()
      .post('/api/v1/quizzes')
      .set(author.auth)
      .send({
        bankId,
        title: 'Only the authored one',
        blueprint: { perMarkingPoint: null, markingPoints: [mp], types: ['SINGLE_CHOICE'] },
        settings: { shuffleOptions: false },
      })
      .expect(201);
    const attempt = await http()
      .post(`/api/v1/quizzes/${quiz.body.id}/attempts`)
      .set(deliver.auth)
      .send({ learner: 'l1' })
      .expect(201);
    const edited = await http()
      .patch(`/api/v1/banks/${bankId}/items/${added.body.id}`)
      .set(author.auth)
      .send({ content: singleChoice('Which of these tools analyses sales data?') })
      .expect(200);
    expect(edited.body.version).toBe(2);
    const versions = await http()
      .get(`/api/v1/banks/${bankId}/items/${added.body.id}/versions`)
      .set(author.auth)
      .expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const seen = await http().get(`/api/v1/attempts/${attempt.body.id}`).set(deliver.auth).expect(200);
    const stems = seen.body.items.map((i: { stem: string }) => i.stem);
    expect(stems).toContain('Which of these is an analytical tool?');
    expect(stems).not.toContain('Which of these tools analyses sales data?');
  });

  it('should align an item to another marking point and retire it', async () => {
    const spec = await http().get('/api/v1/specs').set(author.auth).expect(200);
    const full = await http().get(`/api/v1/specs/${spec.body.data[0].id}`).set(author.auth).expect(200);
    const other = full.body.markingPoints[1].key;
    const item = (
      await http()
        .get(`/api/v1/banks/${bankId}/items?markingPoint=${mp}&limit=1`)
        .set(author.auth)
        .expect(200)
    ).body.data[0];
    const aligned = await http()
      .post(`/api/v1/banks/${bankId}/items/${item.id}/alignments`)
      .set(author.auth)
      .send({ markingPointKey: other })
      .expect(201);
    expect(aligned.body.markingPointKeys).toEqual(expect.arrayContaining([mp, other]));
    const unknown = await http()
      .post(`/api/v1/banks/${bankId}/items/${item.id}/alignments`)
      .set(author.auth)
      .send({ markingPointKey: 'mp-0000000000' })
      .expect(422);
    expect(unknown.body.code).toBe('ITEM_INVALID');
    await http().delete(`/api/v1/banks/${bankId}/items/${item.id}`).set(author.auth).expect(204);
    // Retired items leave the default listing but stay reviewable, versions and all.
    const live = await http().get(`/api/v1/banks/${bankId}/items?limit=100`).set(author.auth).expect(200);
    expect(live.body.data.map((i: { id: string }) => i.id)).not.toContain(item.id);
    const retired = await http()
      .get(`/api/v1/banks/${bankId}/items?status=RETIRED`)
      .set(author.auth)
      .expect(200);
    expect(retired.body.data).toEqual([expect.objectContaining({ id: item.id, status: 'RETIRED' })]);
    await http().get(`/api/v1/banks/${bankId}/items/${item.id}/versions`).set(author.auth).expect(200);
    await http()
      .patch(`/api/v1/banks/${bankId}/items/${item.id}`)
      .set(author.auth)
      .send({ level: 'APPLY' })
      .expect(404);
  });
});
