import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { QuestionBankRepository } from '@markpoint/question-bank';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(60_000);

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);

interface ItemBody {
  id: string;
  status: string;
  markingPointKeys: string[];
  findings: { rule: string; severity: string; field: string | null; message: string; text: string | null }[];
  evidence: { phrases: string[]; lines: number[] } | null;
  confidence: number | null;
}

describe('Reviewing items (/api/v1/banks/:id/items/:itemId/approve, …/retire, …/items/review)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let deliver: TestCaller;
  let specId: string;
  const http = () => request(ctx.app.getHttpServer());

  async function generate(body: Record<string, unknown> = {}, caller = author, spec = specId) {
    return (await http().post(`/api/v1/specs/${spec}/banks`).set(caller.auth).send(body).expect(201))
      .body as { id: string; itemCount: number };
  }

  async function items(bankId: string, status?: string): Promise<ItemBody[]> {
    const all: ItemBody[] = [];
    for (let page = 1; ; page++) {
      const res = await http()
        .get(`/api/v1/banks/${bankId}/items?page=${page}&limit=100${status ? `&status=${status}` : ''}`)
        .set(author.auth)
        .expect(200);
      all.push(...res.body.data);
      if (!res.body.next) return all;
    }
  }

  function review(bankId: string, body: Record<string, unknown>, caller = author) {
    return http().post(`/api/v1/banks/${bankId}/items/review`).set(caller.auth).send(body);
  }

  /** Starts one attempt per learner and returns the ids of the items each one drew. */
  async function drawn(quizId: string, learners: string[]): Promise<string[][]> {
    const draws: string[][] = [];
    for (const learner of learners) {
      const started = await http()
        .post(`/api/v1/quizzes/${quizId}/attempts`)
        .set(deliver.auth)
        .send({ learner })
        .expect(201);
      const rows: { item_id: string }[] = await ctx.dataSource.query(
        'SELECT item_id FROM attempt_items WHERE attempt_id = $1',
        [started.body.id],
      );
      draws.push(rows.map((r) => r.item_id));
    }
    return draws;
  }

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    deliver = await newCaller(ctx.app, ['deliver'], author);
    specId = (await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201)).body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should leave generated items as drafts unless a threshold approves them, and report counts by status', async () => {
    const drafts = await generate();
    const listed = await items(drafts.id);
    expect(listed).toHaveLength(drafts.itemCount);
    expect(listed.every((i) => i.status === 'DRAFT')).toBe(true);
    // The generator gives each item a confidence and the checker's findings (warnings only).
    expect(
      listed.every(
        (i) =>
          typeof i.confidence === 'number' &&
          i.confidence > 0 &&
          i.confidence <= 1 &&
          Array.isArray(i.findings),
      ),
    ).toBe(true);
    const quality = await http().get(`/api/v1/banks/${drafts.id}/quality`).set(author.auth).expect(200);
    expect(quality.body.itemsByStatus).toEqual({ DRAFT: drafts.itemCount, APPROVED: 0, RETIRED: 0 });
    const refused = await http()
      .post('/api/v1/quizzes')
      .set(author.auth)
      .send({ bankId: drafts.id, title: 'Nothing approved yet' })
      .expect(422);
    expect(refused.body.code).toBe('EMPTY_BLUEPRINT');

    // A threshold above every confidence approves none; one in between approves exactly the surer items.
    const strict = await generate({ autoApproveAbove: 0.99 });
    expect((await items(strict.id)).every((i) => i.status === 'DRAFT')).toBe(true);
    const middle = await items((await generate({ autoApproveAbove: 0.9 })).id);
    expect(middle.filter((i) => i.status === 'APPROVED').length).toBeGreaterThan(0);
    for (const item of middle) expect(item.status).toBe((item.confidence ?? 0) >= 0.9 ? 'APPROVED' : 'DRAFT');
    const open = await generate({ autoApproveAbove: 0 });
    expect((await items(open.id)).every((i) => i.status === 'APPROVED')).toBe(true);

    const bad = await http()
      .post(`/api/v1/specs/${specId}/banks`)
      .set(author.auth)
      .send({ autoApproveAbove: 1.5 })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['autoApproveAbove']);
  });

  it('should take a generated bank from drafts through review to quizzes that draw only approved items', async () => {
    const bank = await generate({ seed: 'review' });
    const all = await items(bank.id);
    const [single, ...rest] = all.slice(0, 10).map((i) => i.id);
    const approvedOne = await http()
      .post(`/api/v1/banks/${bank.id}/items/${single}/approve`)
      .set(author.auth)
      .send({})
      .expect(200);
    expect(approvedOne.body).toMatchObject({ id: single, status: 'APPROVED' });
    const bulk = await review(bank.id, { itemIds: rest, action: 'APPROVE' }).expect(200);
    expect(bulk.body.status).toBe('APPROVED');
    expect(bulk.body.items.map((i: ItemBody) => i.id).sort()).toEqual([...rest].sort());
    const approved = new Set([single, ...rest]);
    expect(new Set((await items(bank.id, 'APPROVED')).map((i) => i.id))).toEqual(approved);

    // Every item of every marking point: each attempt must draw exactly the approved ones.
    const quizId = (
      await http()
        .post('/api/v1/quizzes')
        .set(author.auth)
        .send({ bankId: bank.id, title: 'Reviewed', blueprint: { perMarkingPoint: null } })
        .expect(201)
    ).body.id as string;
    for (const draw of await drawn(quizId, ['l1', 'l2', 'l3'])) expect(new Set(draw)).toEqual(approved);
    // A random draw of one per marking point never reaches past the approved ones either.
    const sampled = (
      await http()
        .post('/api/v1/quizzes')
        .set(author.auth)
        .send({ bankId: bank.id, title: 'One each', blueprint: { perMarkingPoint: 1 } })
        .expect(201)
    ).body.id as string;
    for (const draw of await drawn(sampled, ['s1', 's2', 's3', 's4', 's5'])) {
      expect(draw.length).toBeGreaterThan(0);
      expect(draw.every((id) => approved.has(id))).toBe(true);
    }

    // Retire two approved items and send one back to draft: new attempts lose all three.
    const [retiredA, retiredB, redrafted] = rest;
    await review(bank.id, { itemIds: [retiredA, retiredB], action: 'RETIRE' }).expect(200);
    await http().post(`/api/v1/banks/${bank.id}/items/${single}/retire`).set(author.auth).expect(200);
    await review(bank.id, { itemIds: [redrafted], action: 'DRAFT' }).expect(200);
    const still = new Set(
      [...approved].filter((id) => ![retiredA, retiredB, single, redrafted].includes(id)),
    );
    for (const draw of await drawn(quizId, ['l4', 'l5'])) expect(new Set(draw)).toEqual(still);
    const quality = await http().get(`/api/v1/banks/${bank.id}/quality`).set(author.auth).expect(200);
    expect(quality.body.itemsByStatus).toEqual({
      DRAFT: bank.itemCount - 10 + 1,
      APPROVED: 6,
      RETIRED: 3,
    });

    // A quiz that includes drafts draws them too, and retired items still never.
    const withDrafts = await http()
      .patch(`/api/v1/quizzes/${quizId}`)
      .set(author.auth)
      .send({ settings: { includeDrafts: true } })
      .expect(200);
    expect(withDrafts.body.settings.includeDrafts).toBe(true);
    const live = new Set(all.map((i) => i.id).filter((id) => ![retiredA, retiredB, single].includes(id)));
    for (const draw of await drawn(quizId, ['l6', 'l7'])) expect(new Set(draw)).toEqual(live);
  });

  it('should refuse a bulk review with an unknown or foreign item whole, and keep other tenants out', async () => {
    const bank = await generate();
    const [a, b] = (await items(bank.id)).map((i) => i.id);
    const unknown = randomUUID();
    const refused = await review(bank.id, { itemIds: [a, b, unknown], action: 'APPROVE' }).expect(404);
    expect(refused.body.code).toBe('ITEM_NOT_FOUND');
    expect(refused.body.details).toEqual([
      expect.objectContaining({ message: expect.stringContaining(unknown) }),
    ]);
    expect((await items(bank.id, 'APPROVED')).map((i) => i.id)).toEqual([]);

    const other = await newCaller(ctx.app, ['author']);
    const otherSpec = (await http().post('/api/v1/specs').set(other.auth).send({ text: SAMPLE }).expect(201))
      .body.id as string;
    const otherBank = await generate({}, other, otherSpec);
    const [foreign] = (
      await http().get(`/api/v1/banks/${otherBank.id}/items?limit=1`).set(other.auth).expect(200)
    ).body.data as ItemBody[];
    // Their item in my bank, and my bank or item from their side: all 404, nothing changes.
    expect(
      (await review(bank.id, { itemIds: [a, foreign.id], action: 'APPROVE' }).expect(404)).body.code,
    ).toBe('ITEM_NOT_FOUND');
    await http().post(`/api/v1/banks/${bank.id}/items/${a}/approve`).set(other.auth).send({}).expect(404);
    await review(bank.id, { itemIds: [a], action: 'RETIRE' }, other).expect(404);
    await http().post(`/api/v1/banks/${otherBank.id}/items/${a}/retire`).set(other.auth).expect(404);
    expect((await items(bank.id)).every((i) => i.status === 'DRAFT')).toBe(true);

    const deliverOnly = await review(bank.id, { itemIds: [a], action: 'APPROVE' }, deliver);
    expect(deliverOnly.status).toBe(403);
    for (const body of [
      { itemIds: [], action: 'APPROVE' },
      { itemIds: [a], action: 'PUBLISH' },
      { itemIds: ['not-a-uuid'], action: 'APPROVE' },
      { itemIds: Array.from({ length: 501 }, () => randomUUID()), action: 'APPROVE' },
    ]) {
      const res = await review(bank.id, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('should store the confidence, findings and evidence a generator gives, and approve an item with an error only on override', async () => {
    const bank = await generate({ seed: 'given' });
    // The generator does not give these yet: store items the way it will hand them over.
    const repository = ctx.app.get(QuestionBankRepository);
    const [{ item, version }] = await repository.allItems(author.tenantId, bank.id);
    const base = {
      content: version.content,
      markingPointKeys: item.markingPointKeys,
      level: item.level,
      feedback: version.feedback,
      maxScore: version.maxScore,
      provenance: version.provenance,
      generator: version.generator!,
    };
    const given = await repository.insertBank(
      {
        tenantId: author.tenantId,
        specificationId: specId,
        specificationVersionId: (await repository.findById(author.tenantId, bank.id))!.specificationVersionId,
        title: 'Given by the generator',
        seed: 'given',
        generatorVersion: 'test',
        options: { itemsPerMarkingPoint: 1, types: [], packs: [] },
        quality: { lintErrors: 1, lintWarnings: 0, markingPoints: 5, markingPointsCovered: 0 },
        itemCount: 2,
      },
      [
        {
          ...base,
          confidence: 0.42,
          evidence: { phrases: ['the marketing mix'], lines: [12] },
          findings: [
            {
              rule: 'duplicate-option',
              severity: 'ERROR',
              field: 'options[1]',
              message: 'Options 1 and 2 say the same',
              text: 'Price',
            },
          ],
          status: 'DRAFT',
        },
        {
          ...base,
          confidence: 0.97,
          status: 'APPROVED',
        },
      ],
    );
    const [flawed, clean] = await items(given.id);
    expect(flawed).toMatchObject({
      status: 'DRAFT',
      confidence: 0.42,
      evidence: { phrases: ['the marketing mix'], lines: [12] },
      findings: [
        {
          rule: 'duplicate-option',
          severity: 'ERROR',
          field: 'options[1]',
          message: 'Options 1 and 2 say the same',
          text: 'Price',
        },
      ],
    });
    expect(clean).toMatchObject({ status: 'APPROVED', confidence: 0.97, evidence: null, findings: [] });

    const refused = await http()
      .post(`/api/v1/banks/${given.id}/items/${flawed.id}/approve`)
      .set(author.auth)
      .send({})
      .expect(409);
    expect(refused.body.code).toBe('ITEM_HAS_ERRORS');
    const bulkRefused = await review(given.id, { itemIds: [clean.id, flawed.id], action: 'APPROVE' }).expect(
      409,
    );
    expect(bulkRefused.body.details).toEqual([
      expect.objectContaining({ field: flawed.id, message: expect.stringContaining('duplicate-option') }),
    ]);
    expect((await items(given.id, 'DRAFT')).map((i) => i.id)).toEqual([flawed.id]);
    await http()
      .post(`/api/v1/banks/${given.id}/items/${flawed.id}/approve`)
      .set(author.auth)
      .send({ override: true })
      .expect(200);
    expect((await items(given.id, 'APPROVED')).map((i) => i.id)).toEqual([flawed.id, clean.id]);

    // An edit is checked again: the new version has the linter's findings and no generator confidence.
    const edited = await http()
      .patch(`/api/v1/banks/${given.id}/items/${clean.id}`)
      .set(author.auth)
      .send({ level: 'APPLY' })
      .expect(200);
    expect(edited.body).toMatchObject({ version: 2, status: 'APPROVED', confidence: null });
    expect(edited.body.evidence).toEqual(clean.evidence);
  });

  it('should approve hand-written items unless sent as drafts, and keep the status through an edit unless told', async () => {
    const bank = await generate();
    const mp = (await items(bank.id))[0].markingPointKeys[0];
    const body = {
      content: {
        type: 'TRUE_FALSE',
        stem: 'A SWOT analysis is an analytical tool.',
        correct: true,
      },
      markingPointKeys: [mp],
      level: 'RECALL',
      feedback: { correct: 'It analyses.', incorrect: 'It does analyse.' },
    };
    const approved = await http()
      .post(`/api/v1/banks/${bank.id}/items`)
      .set(author.auth)
      .send(body)
      .expect(201);
    expect(approved.body.status).toBe('APPROVED');
    const draft = await http()
      .post(`/api/v1/banks/${bank.id}/items`)
      .set(author.auth)
      .send({ ...body, status: 'DRAFT' })
      .expect(201);
    expect(draft.body.status).toBe('DRAFT');
    const kept = await http()
      .patch(`/api/v1/banks/${bank.id}/items/${approved.body.id}`)
      .set(author.auth)
      .send({ level: 'APPLY' })
      .expect(200);
    expect(kept.body.status).toBe('APPROVED');
    const back = await http()
      .patch(`/api/v1/banks/${bank.id}/items/${approved.body.id}`)
      .set(author.auth)
      .send({ status: 'DRAFT' })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'DRAFT', version: 3 });
    await http()
      .patch(`/api/v1/banks/${bank.id}/items/${approved.body.id}`)
      .set(author.auth)
      .send({ status: 'RETIRED' })
      .expect(400);
  });
});
