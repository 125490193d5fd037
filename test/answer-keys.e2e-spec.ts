import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { ITEM_TYPES, type ItemContent, type ItemGrade, type ItemType } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { correctResponse, type ShownItem } from './utils/responses';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(120_000);

// 003 yields the calculations, the PDCA and HACCP fixtures an ordering item each (a marking point
// asks for their order); together every item type.
const SPECS = [
  ['samples', 'specs', '003_e400544d1f727506.txt'],
  ['test', 'fixtures', 'specs', 'project-management.txt'],
  ['test', 'fixtures', 'specs', 'food-safety-haccp.txt'],
].map((parts) => readFileSync(path.join(__dirname, '..', ...parts), 'utf8'));

interface Frozen {
  position: number;
  item_id: string;
  origin: 'GENERATED' | 'IMPORTED' | 'AUTHORED';
  content: ItemContent;
  parameters: Record<string, number> | null;
  authored: ItemContent;
}

interface Shown extends ShownItem {
  type: ItemType;
  response: Record<string, unknown> | null;
}

/** Every id an item has of its own: what a learner must never see before submitting. */
function internalIds(content: ItemContent): string[] {
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return content.options.map((o) => o.id);
    case 'ORDERING':
      return content.steps.map((s) => s.id);
    case 'MATCHING':
      return content.pairs.map((p) => p.id);
    case 'EXTENDED_RESPONSE':
      return content.rubric.map((c) => c.id);
    default:
      return [];
  }
}

function shownIds(item: ShownItem): string[] {
  return [...(item.options ?? []), ...(item.steps ?? []), ...(item.prompts ?? [])].map((c) => c.id);
}

/** The values of every data-* attribute, every form value and every hidden field of a page. */
function attributeValues(html: string): string[] {
  return [...html.matchAll(/\s(data-[\w-]+|value)="([^"]*)"/g)].map((m) => m[2]);
}

describe('Answer keys never reach the learner before submission (/api/v1/attempts, /play)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let deliver: TestCaller;
  const http = () => request(ctx.app.getHttpServer());
  const quizIds: string[] = [];

  async function frozen(attemptId: string): Promise<Frozen[]> {
    return ctx.dataSource.query(
      `SELECT ai.position, ai.item_id, i.origin, ai.content, ai.parameters, v.content AS authored
         FROM attempt_items ai JOIN items i ON i.id = ai.item_id
         JOIN item_versions v ON v.id = ai.item_version_id
        WHERE ai.attempt_id = $1 ORDER BY ai.position`,
      [attemptId],
    );
  }

  async function start(quizId: string, learner: string) {
    const started = await http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(deliver.auth)
      .send({ learner })
      .expect(201);
    const id = started.body.id as string;
    const link = await http().post(`/api/v1/attempts/${id}/player-link`).set(deliver.auth).expect(201);
    const player = new URL(link.body.url as string).pathname;
    const page = await http().get(`${player}/items`).expect(200);
    return { id, player, json: started.body as { items: Shown[] }, html: page.text, items: await frozen(id) };
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    deliver = await newCaller(ctx.app, ['deliver'], author);
    for (const [n, text] of SPECS.entries()) {
      const spec = await http().post('/api/v1/specs').set(author.auth).send({ text }).expect(201);
      const bank = await http()
        .post(`/api/v1/specs/${spec.body.id}/banks`)
        .set(author.auth)
        .send({ seed: `keys-${n}`, autoApproveAbove: 0 })
        .expect(201);
      // The bank exported and imported back: every item also as an imported one.
      const xml = await http()
        .get(`/api/v1/banks/${bank.body.id}/export?format=moodle-xml`)
        .set(author.auth)
        .expect(200);
      await http()
        .post(`/api/v1/banks/${bank.body.id}/import?format=moodle-xml`)
        .set(author.auth)
        .set('Content-Type', 'application/xml')
        .send(xml.text)
        .expect(201);
      const quiz = await http()
        .post('/api/v1/quizzes')
        .set(author.auth)
        .send({
          bankId: bank.body.id,
          title: `Keys ${n}`,
          blueprint: { perMarkingPoint: null },
          settings: { layout: 'ALL_ON_ONE_PAGE' },
        })
        .expect(201);
      quizIds.push(quiz.body.id as string);
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should cover every item type, generated and imported', async () => {
    const seen = new Set<string>();
    for (const quizId of quizIds) {
      for (const item of (await start(quizId, 'coverage')).items)
        seen.add(`${item.origin} ${item.content.type}`);
    }
    for (const type of ITEM_TYPES) {
      expect(seen).toContain(`GENERATED ${type}`);
      expect(seen).toContain(`IMPORTED ${type}`);
    }
  });

  it('should show no id, data attribute, form value or order in the player page or the JSON that gives the key', async () => {
    let orderingItems = 0;
    let sortsToKey = 0;
    let optionOrderChanged = 0;
    for (const quizId of quizIds) {
      const a = await start(quizId, 'learner-a');
      const b = await start(quizId, 'learner-b');
      const ownIds = new Set(a.items.flatMap((i) => internalIds(i.content)));
      const values = attributeValues(a.html);
      expect(values.length).toBeGreaterThan(a.items.length);
      for (const value of values) expect(ownIds).not.toContain(value);
      for (const hidden of a.html.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
        expect(hidden).not.toMatch(/correct|key|answer/i);
      }
      for (const item of a.items) {
        const shown = a.json.items.find((s) => s.position === item.position)!;
        const ids = shownIds(shown);
        for (const id of ids) {
          expect(ownIds).not.toContain(id);
          expect(id).not.toMatch(/^[a-z]{1,2}\d{0,3}$/);
          expect(a.html).toContain(`"${id}"`);
        }
        // Another attempt at the same item shows other ids.
        const other = b.items.find((i) => i.item_id === item.item_id);
        if (other && ids.length) {
          const otherIds = shownIds(b.json.items.find((s) => s.position === other.position)!);
          expect(otherIds.filter((id) => ids.includes(id))).toEqual([]);
        }
        if (item.content.type === 'ORDERING') {
          orderingItems++;
          const keyTexts = item.content.steps.map((s) => s.text);
          expect(shown.steps!.map((s) => s.text)).not.toEqual(keyTexts);
          // The page lists the steps in the order the JSON does, so not in key order either.
          const rows = [...a.html.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
          expect(rows.filter((id) => ids.includes(id))).toEqual(ids);
          const byId = new Map(shown.steps!.map((s) => [s.id, s.text]));
          if (JSON.stringify([...ids].sort().map((id) => byId.get(id))) === JSON.stringify(keyTexts))
            sortsToKey++;
        }
        if (item.content.type === 'SINGLE_CHOICE' || item.content.type === 'MULTIPLE_RESPONSE') {
          const authored = item.authored.type === item.content.type ? item.authored.options : [];
          if (shown.options!.some((o, n) => o.text !== authored[n]?.text)) optionOrderChanged++;
        }
      }
      const raw = JSON.stringify(a.json);
      for (const id of ownIds) expect(raw).not.toContain(`"id":"${id}"`);
    }
    expect(orderingItems).toBeGreaterThanOrEqual(2);
    // Sorting the ids gives the key only by chance, so not for every ordering item.
    expect(sortsToKey).toBeLessThan(orderingItems);
    expect(optionOrderChanged).toBeGreaterThan(0);
  });

  it("should give full marks for the right answer in the ids the attempt shows, and refuse the item's own ids", async () => {
    for (const [n, quizId] of quizIds.entries()) {
      const a = await start(quizId, `grader-${n}`);
      for (const item of a.items) {
        const shown = a.json.items.find((s) => s.position === item.position)!;
        const response = correctResponse(item.content, item.parameters, shown);
        // Half through the REST API, half through the player's autosave.
        const put =
          item.position % 2
            ? http().put(`/api/v1/attempts/${a.id}/responses/${item.position}`).set(deliver.auth)
            : http()
                .put(`${a.player}/responses/${item.position}`)
                .set('X-Player-Session', a.player.split('/').pop()!);
        await put.send({ response }).expect(200);
        if (internalIds(item.content).length && item.content.type !== 'EXTENDED_RESPONSE') {
          const own = correctResponse(item.content, item.parameters, {
            position: item.position,
            options: 'options' in item.content ? item.content.options : undefined,
            steps: 'steps' in item.content ? item.content.steps : undefined,
            prompts: 'pairs' in item.content ? item.content.pairs : undefined,
          });
          const refused = await http()
            .put(`/api/v1/attempts/${a.id}/responses/${item.position}`)
            .set(deliver.auth)
            .send({ response: own })
            .expect(422);
          expect(refused.body.code).toBe('INVALID_RESPONSE');
        }
      }
      // The saved answers come back in the attempt's ids.
      const reloaded = await http().get(`/api/v1/attempts/${a.id}`).set(deliver.auth).expect(200);
      for (const item of reloaded.body.items as Shown[]) {
        const raw = JSON.stringify(item.response);
        for (const id of internalIds(a.items.find((i) => i.position === item.position)!.content))
          expect(raw).not.toContain(`"${id}"`);
      }
      await http().post(`/api/v1/attempts/${a.id}/submit`).set(deliver.auth).expect(201);
      const grades = await ctx.dataSource.query<{ type: string; grade: ItemGrade }[]>(
        `SELECT content->>'type' AS type, grade FROM attempt_items WHERE attempt_id = $1`,
        [a.id],
      );
      const auto = grades.filter((g) => g.type !== 'EXTENDED_RESPONSE');
      expect(auto.length).toBeGreaterThan(10);
      expect(auto.filter((g) => g.grade.score !== g.grade.maxScore)).toEqual([]);
    }
  });
});
