import type { Browser } from 'playwright-core';
import type { ItemGrade } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { createTestApp, type TestApp } from '../utils/test-app';
import { describeInBrowser, launchChromium } from './browser';
import { PlayerFixture } from './player-fixture';

jest.setTimeout(60_000);

// The project compiles without the DOM lib, so code run in the page names its globals' types here.
interface PageGlobals {
  document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(name: string): string | null }> };
}

describeInBrowser('Answer keys in the learner player in Chromium (/play)', () => {
  let browser: Browser;
  let ctx: TestApp;
  let f: PlayerFixture;

  beforeAll(async () => {
    browser = await launchChromium();
    ctx = await createTestApp();
    f = new PlayerFixture(ctx);
    await f.listen();
    await resetDatabase(ctx.dataSource);
    await f.seed();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('should show an ordering item by ids that do not give the key, and grade the right order the script saves', async () => {
    await f.addOrderingItem();
    const quizId = await f.quiz({ blueprint: { perMarkingPoint: null, types: ['ORDERING'] } });
    const { attemptId, url } = await f.start(quizId, 'ordering-learner');
    const [item] = await f.frozenItems(attemptId);
    if (item.content.type !== 'ORDERING') throw new Error('expected the ordering item');
    const keyTexts = item.content.steps.map((s) => s.text);
    const page = await browser.newPage();
    await page.goto(`${url}/items/${item.position}`);

    const rows = await page.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('select[data-step]')).map(
        (s) => s.getAttribute('data-step') ?? '',
      ),
    );
    const labels = (await page.locator('fieldset .field label').allTextContents()).map((t) => t.trim());
    expect(rows).toHaveLength(4);
    expect(rows.filter((id) => ['s1', 's2', 's3', 's4'].includes(id))).toEqual([]);
    expect(labels).not.toEqual(keyTexts);

    // The learner gives each step its place; the script saves after the last one.
    for (const [n, text] of labels.entries()) {
      await page.locator(`#q${item.position}-s${n + 1}`).selectOption(String(keyTexts.indexOf(text) + 1));
    }
    await page.locator('#autosave-status', { hasText: /Saved at/ }).waitFor();
    await page.close();

    await f.http().post(`/api/v1/attempts/${attemptId}/submit`).set(f.deliver.auth).expect(201);
    const [saved] = await ctx.dataSource.query<{ response: { stepIds: string[] }; grade: ItemGrade }[]>(
      'SELECT response, grade FROM attempt_items WHERE attempt_id = $1',
      [attemptId],
    );
    expect(saved.response.stepIds).toEqual(['s1', 's2', 's3', 's4']);
    expect(saved.grade).toMatchObject({ score: saved.grade.maxScore, correct: true });
  });
});
