import type { Browser, Page } from 'playwright-core';
import { resetDatabase } from '@markpoint/testing';
import { createTestApp, type TestApp } from '../utils/test-app';
import { describeInBrowser, launchChromium, tabTo } from './browser';
import { PlayerFixture, type FrozenItem } from './player-fixture';

jest.setTimeout(60_000);

/** Where the right answer sits in the radio group as shown (options are frozen in display order). */
function correctIndex(item: FrozenItem): number {
  const c = item.content;
  if (c.type === 'SINGLE_CHOICE') return c.options.findIndex((o) => o.id === c.correctOptionId);
  if (c.type === 'TRUE_FALSE') return c.correct ? 0 : 1;
  throw new Error(`not a radio item: ${c.type}`);
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describeInBrowser('Learner player in Chromium (/play)', () => {
  let browser: Browser;
  let ctx: TestApp;
  let f: PlayerFixture;

  beforeAll(async () => {
    browser = await launchChromium();
    ctx = await createTestApp();
    f = new PlayerFixture(ctx);
    await f.listen();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    await f.seed();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('should take a learner from the intro through every question to the review with the keyboard alone', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE', 'SINGLE_CHOICE'], total: 3 },
      settings: { timeLimitMinutes: 30, attemptsAllowed: 2 },
    });
    const { attemptId, url } = await f.start(quizId, 'keyboard-learner');
    const items = await f.frozenItems(attemptId);
    const page = await browser.newPage();
    await page.goto(url);
    expect(await text(page, 'h1')).toBe('Unit 3 check');
    expect(await text(page, 'main')).toContain('Time limit: 30 min');
    expect(await text(page, 'main')).toContain('Attempts used: 1 of 2');

    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/items\/1$/);
    for (const item of items) {
      expect(await text(page, 'h1')).toBe(`Question ${item.position} of ${items.length}`);
      await tabTo(page, `input[name="q${item.position}"]`);
      await page.keyboard.press('Space');
      for (let i = 0; i < correctIndex(item); i++) await page.keyboard.press('ArrowDown');
      const last = item.position === items.length;
      await tabTo(page, last ? 'button[value="confirm"]' : 'button[value="next"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(last ? /\/confirm$/ : new RegExp(`/items/${item.position + 1}$`));
    }

    expect(await text(page, 'main')).toContain(
      `You have answered ${items.length} of ${items.length} questions`,
    );
    await tabTo(page, 'main button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/review$/);
    expect(await text(page, 'h1')).toBe('Your result');
    expect(await text(page, 'main')).toContain(`Score: ${items.length} out of ${items.length} (100%)`);
    expect(await text(page, 'main')).toContain('You got full marks on every marking point');
    // The default review policy shows correct answers, in words.
    expect(await text(page, 'main')).toContain('Correct answer:');
    expect(await f.attempt(attemptId)).toMatchObject({ status: 'GRADED', submitted_by: 'LEARNER' });
    await page.close();
  });

  it('should keep saved answers across a reload mid-attempt, and say which questions are answered', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: ['SINGLE_CHOICE', 'SHORT_ANSWER'] },
    });
    const { attemptId, url } = await f.start(quizId, 'reload-learner');
    const items = await f.frozenItems(attemptId);
    const choice = items.find((i) => i.content.type === 'SINGLE_CHOICE')!;
    const short = items.find((i) => i.content.type === 'SHORT_ANSWER')!;
    const page = await browser.newPage();

    await page.goto(`${url}/items/${choice.position}`);
    await page.locator(`input[name="q${choice.position}"]`).nth(1).check();
    await page.locator('#autosave-status', { hasText: /Saved at \d\d:\d\d/ }).waitFor();
    await page.goto(`${url}/items/${short.position}`);
    await page.locator(`#q${short.position}-answer`).fill('gross profit & loss');
    await page.locator('#autosave-status', { hasText: /Saved at/ }).waitFor();

    await page.reload();
    expect(await page.locator(`#q${short.position}-answer`).inputValue()).toBe('gross profit & loss');
    expect(await text(page, '#progress')).toBe(`2 of ${items.length} answered`);
    expect(await text(page, `[data-nav-position="${choice.position}"]`)).toBe(
      `Question ${choice.position}, answered`,
    );
    await page.goto(`${url}/items/${choice.position}`);
    expect(await page.locator(`input[name="q${choice.position}"]`).nth(1).isChecked()).toBe(true);
    await page.close();
  });

  it('should show the review once the deadline job has submitted the attempt', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE', 'SINGLE_CHOICE'], total: 2 },
      settings: { timeLimitMinutes: 30, closesAt: new Date(Date.now() + 6000).toISOString() },
    });
    const { attemptId, url } = await f.start(quizId, 'deadline-learner');
    const page = await browser.newPage();
    const alerts: string[] = [];
    await page.exposeFunction('recordAlert', (t: string) => alerts.push(t));
    await page.addInitScript(() => {
      // Runs in the page; the project compiles without the DOM lib, hence the local types.
      type Node = { textContent: string | null };
      const g = globalThis as unknown as {
        document: {
          addEventListener(e: string, f: () => void): void;
          getElementById(id: string): Node | null;
        };
        MutationObserver: new (f: () => void) => { observe(n: Node, o: object): void };
        recordAlert(t: string): void;
      };
      g.document.addEventListener('DOMContentLoaded', () => {
        const el = g.document.getElementById('time-up');
        if (el)
          new g.MutationObserver(() => g.recordAlert(el.textContent ?? '')).observe(el, { childList: true });
      });
    });
    const polled: string[] = [];
    await page.route('**/status', async (route) => {
      const response = await route.fetch();
      polled.push(((await response.json()) as { status: string }).status);
      await route.fulfill({ response });
    });
    await page.goto(`${url}/items/1`);
    await page.locator('input[name="q1"]').first().check();
    await page.locator('#autosave-status', { hasText: /Saved at/ }).waitFor();
    await page.waitForURL(/\/review$/, { timeout: 30_000 });
    // The page waited for the job: the last status it polled was no longer IN_PROGRESS.
    expect(polled.at(-1)).toMatch(/^(SUBMITTED|GRADED)$/);
    expect(alerts.join(' ')).toContain('Time is up. Your answers have been submitted.');
    expect(await text(page, 'h1')).toBe('Your result');
    expect(await text(page, 'main')).toContain('Time ran out, so your answers were submitted for you');
    expect(await f.attempt(attemptId)).toMatchObject({ status: 'GRADED', submitted_by: 'DEADLINE' });
    await page.close();
  });

  it('should announce the time left only at 10, 5 and 1 minutes, in a separate assertive region', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE'], total: 1 },
      settings: { timeLimitMinutes: 12 },
    });
    const { url } = await f.start(quizId, 'timer-learner');
    const page = await browser.newPage();
    await page.clock.install();
    await page.goto(`${url}/items/1`);
    expect(await page.locator('#timer').getAttribute('aria-live')).toBeNull();
    expect(await page.locator('#timer').getAttribute('role')).toBe('timer');
    expect(await page.locator('#timer-alert').getAttribute('aria-live')).toBe('assertive');
    expect(await text(page, '#timer-text')).toMatch(/^1[12]:\d\d$/);
    expect(await text(page, '#timer-alert')).toBe('');
    await page.clock.fastForward('01:00');
    expect(await text(page, '#timer-alert')).toBe('');
    await page.clock.fastForward('01:05');
    expect(await text(page, '#timer-alert')).toBe('10 minutes left');
    await page.clock.fastForward('05:00');
    expect(await text(page, '#timer-alert')).toBe('5 minutes left');
    await page.clock.fastForward('04:00');
    expect(await text(page, '#timer-alert')).toBe('1 minute left');
    expect(await text(page, '#timer-text')).toMatch(/^0:\d\d$/);
    await page.close();
  });
});
