import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { drawParameters, FORMULAS, numericKey, type FormulaId, type ItemContent } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLES = ['000_741ddd1a805137ea.txt', '003_e400544d1f727506.txt'].map((f) =>
  readFileSync(path.join(__dirname, '..', 'samples', 'specs', f), 'utf8'),
);
const RETAIL = readFileSync(path.join(__dirname, 'fixtures', 'specs', 'retail-finance.txt'), 'utf8');
const CELLS = readFileSync(path.join(__dirname, 'fixtures', 'specs', 'cell-biology.txt'), 'utf8');

// The cell-biology fixture's magnification formula and its rearrangement, written out by hand.
const STATED_BY_HAND: Record<string, (v: Record<string, number>) => number> = {
  '(imageSize * 1000) / actualSize': (v) => (v.imageSize * 1000) / v.actualSize,
  'imageSize / actualSize': (v) => v.imageSize / v.actualSize,
  'imageSize / magnification': (v) => v.imageSize / v.magnification,
};

// Independent of libs/grading's formula table, so a wrong entry there fails the test.
const BY_HAND: Record<FormulaId, (v: Record<string, number>) => number> = {
  GROSS_PROFIT: (v) => v.revenue - v.costOfSales,
  NET_PROFIT: (v) => v.grossProfit - v.expenses,
  GROSS_PROFIT_MARGIN: (v) => (100 * (v.revenue - v.costOfSales)) / v.revenue,
  NET_PROFIT_MARGIN: (v) => (100 * v.netProfit) / v.revenue,
  BREAK_EVEN_UNITS: (v) => v.fixedCosts / (v.sellingPrice - v.variableCostPerUnit),
  VARIANCE: (v) => v.actual - v.budget,
  VARIANCE_PERCENT: (v) => (100 * (v.actual - v.budget)) / v.budget,
  PERCENTAGE_CHANGE: (v) => (100 * (v.newValue - v.oldValue)) / v.oldValue,
  MEAN: (v) => (v.v1 + v.v2 + v.v3 + v.v4 + v.v5) / 5,
  CONVERSION_RATE: (v) => (100 * v.conversions) / v.visitors,
};

interface ItemBody {
  id: string;
  type: string;
  markingPointKeys: string[];
  content: ItemContent;
  provenance: { specId: string; specVersion: number; lines: number[] };
  generator: { strategy: string; seed: string };
}

describe('Question banks API (/api/v1/specs/:id/banks, /api/v1/banks)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  const http = () => request(ctx.app.getHttpServer());

  async function ingest(
    text: string,
  ): Promise<{ id: string; markingPoints: { key: string; line: number }[] }> {
    return (await http().post('/api/v1/specs').set(author.auth).send({ text }).expect(201)).body;
  }

  async function allItems(bankId: string): Promise<ItemBody[]> {
    const items: ItemBody[] = [];
    for (let page = 1; ; page++) {
      const res = await http()
        .get(`/api/v1/banks/${bankId}/items?page=${page}&limit=100`)
        .set(author.auth)
        .expect(200);
      items.push(...res.body.data);
      if (!res.body.next) return items;
    }
  }

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it.each([0, 1])(
    'should generate a bank for sample %i with every item aligned and traced, no error, and every marking point covered or reported',
    async (n) => {
      const spec = await ingest(SAMPLES[n]);
      const bank = await http()
        .post(`/api/v1/specs/${spec.id}/banks`)
        .set(author.auth)
        .send({ seed: 'e2e' })
        .expect(201);
      expect(bank.body).toMatchObject({
        specificationId: spec.id,
        seed: 'e2e',
        quality: { lintErrors: 0 },
      });
      const items = await allItems(bank.body.id);
      expect(items).toHaveLength(bank.body.itemCount);
      const keys = spec.markingPoints.map((m) => m.key);
      const lineCount = SAMPLES[n].split('\n').length;
      for (const item of items) {
        expect(item.markingPointKeys.length).toBeGreaterThan(0);
        expect(item.markingPointKeys.every((k) => keys.includes(k))).toBe(true);
        expect(item.provenance).toMatchObject({ specId: spec.id, specVersion: 1 });
        expect(item.provenance.lines.every((l) => l >= 1 && l <= lineCount)).toBe(true);
        expect(item.generator.seed).toBeTruthy();
      }
      const quality = await http().get(`/api/v1/banks/${bank.body.id}/quality`).set(author.auth).expect(200);
      expect(quality.body.findings.filter((f: { severity: string }) => f.severity === 'ERROR')).toEqual([]);
      // A marking point is covered by 3 sound items of 2 types, or the bank says a teacher must write more.
      for (const point of quality.body.coverage.markingPoints as {
        ok: boolean;
        items: number;
        types: string[];
        reason: string | null;
      }[]) {
        if (point.ok) expect(point.items >= 3 && point.types.length >= 2).toBe(true);
        else expect(point.reason).toMatch(/^needs a teacher-written item: /);
      }
      expect(
        quality.body.coverage.markingPoints.filter((point: { ok: boolean }) => point.ok).length,
      ).toBeGreaterThanOrEqual(3);
    },
  );

  it('should give the same bank for the same specification and seed', async () => {
    const spec = await ingest(SAMPLES[1]);
    const a = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ seed: 'same' })
      .expect(201);
    const b = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ seed: 'same' })
      .expect(201);
    const strip = (items: ItemBody[]) =>
      items.map(({ type, content, markingPointKeys }) => ({ type, content, markingPointKeys }));
    expect(strip(await allItems(a.body.id))).toEqual(strip(await allItems(b.body.id)));
    const c = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ seed: 'other' })
      .expect(201);
    expect(strip(await allItems(c.body.id))).not.toEqual(strip(await allItems(a.body.id)));
  });

  it('should filter items by marking point and type, a page at a time', async () => {
    const spec = await ingest(SAMPLES[0]);
    const bank = await http().post(`/api/v1/specs/${spec.id}/banks`).set(author.auth).send({}).expect(201);
    const mp = spec.markingPoints[0].key;
    const byPoint = await http()
      .get(`/api/v1/banks/${bank.body.id}/items?markingPoint=${mp}&limit=2`)
      .set(author.auth)
      .expect(200);
    expect(byPoint.body.total).toBeGreaterThanOrEqual(4);
    expect(byPoint.body.data).toHaveLength(2);
    expect(byPoint.body.next).toBe(`?page=2&limit=2&markingPoint=${mp}`);
    expect(byPoint.body.data.every((i: ItemBody) => i.markingPointKeys.includes(mp))).toBe(true);
    const tf = await http()
      .get(`/api/v1/banks/${bank.body.id}/items?type=TRUE_FALSE`)
      .set(author.auth)
      .expect(200);
    expect(tf.body.data.every((i: ItemBody) => i.type === 'TRUE_FALSE')).toBe(true);
    await http().get(`/api/v1/banks/${bank.body.id}/items?type=ESSAY`).set(author.auth).expect(400);
  });

  it('should compute numeric keys that an independent calculation agrees with', async () => {
    const spec = await ingest(RETAIL);
    const bank = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ types: ['NUMERIC'], itemsPerMarkingPoint: 3 })
      .expect(201);
    const numeric = (await allItems(bank.body.id)).filter((i) => i.content.type === 'NUMERIC');
    expect(numeric.length).toBeGreaterThan(0);
    for (const { content } of numeric) {
      // The retail fixture's stated formulas are all in the table; stated ones are tested below.
      if (content.type !== 'NUMERIC' || content.formula === 'EXPRESSION') continue;
      // The formula the item names must take exactly the item's parameters.
      expect(content.parameters.map((p) => p.name).sort()).toEqual(
        [...FORMULAS[content.formula].inputs].sort(),
      );
      // The key an attempt gets, against the calculation written out here by hand.
      for (const seed of ['a', 'b', 'c']) {
        const values = drawParameters(content, seed);
        const expected = BY_HAND[content.formula](values);
        expect(numericKey(content, values)).toBeCloseTo(expected, content.decimals);
      }
    }
  });

  it('should write numeric items from a formula the specification states, with keys checked by hand', async () => {
    const spec = await ingest(CELLS);
    const bank = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ types: ['NUMERIC'], itemsPerMarkingPoint: 3 })
      .expect(201);
    const stated = (await allItems(bank.body.id)).filter(
      (i) => i.content.type === 'NUMERIC' && i.content.formula === 'EXPRESSION',
    );
    expect(stated.length).toBe(3);
    for (const { content, markingPointKeys } of stated) {
      if (content.type !== 'NUMERIC' || !content.expression) throw new Error('not a stated formula');
      expect(markingPointKeys).toHaveLength(1);
      const byHand = STATED_BY_HAND[content.expression.text];
      for (const seed of ['a', 'b', 'c']) {
        const values = drawParameters(content, seed);
        expect(numericKey(content, values)).toBeCloseTo(byHand(values), content.decimals);
      }
    }
  });

  it("should refuse generation for another tenant's specification with 404", async () => {
    const spec = await ingest(SAMPLES[0]);
    const other = await newCaller(ctx.app, ['author']);
    const res = await http().post(`/api/v1/specs/${spec.id}/banks`).set(other.auth).send({}).expect(404);
    expect(res.body.code).toBe('SPEC_NOT_FOUND');
    await http().get('/api/v1/banks/00000000-0000-4000-8000-000000000000').set(author.auth).expect(404);
  });

  it('should refuse unknown options field by field', async () => {
    const spec = await ingest(SAMPLES[0]);
    const res = await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ itemsPerMarkingPoint: 0, types: ['ESSAY'], colour: 'red' })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'colour',
      'itemsPerMarkingPoint',
      'types',
    ]);
  });
});
