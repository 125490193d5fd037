import type { Browser, Page } from 'playwright-core';
import { PlayerSessionService } from '@markpoint/delivery';
import { escapeHtml } from './escape-html';
import type { ItemType } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { createTestApp, type TestApp } from '../utils/test-app';
import { axeViolations, describeInBrowser, launchChromium, type AxeFinding } from './browser';
import { PlayerFixture } from './player-fixture';

jest.setTimeout(60_000);

const TYPES: ItemType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_RESPONSE',
  'TRUE_FALSE',
  'ORDERING',
  'MATCHING',
  'NUMERIC',
  'SHORT_ANSWER',
  'EXTENDED_RESPONSE',
];

const blocking = (found: AxeFinding[]) =>
  found.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describeInBrowser('Player accessibility (axe-core, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let ctx: TestApp;
  let f: PlayerFixture;
  const others: { page: string; finding: AxeFinding }[] = [];

  async function audit(page: Page, name: string): Promise<void> {
    const found = await axeViolations(page);
    others.push(...found.filter((v) => !blocking([v]).length).map((finding) => ({ page: name, finding })));
    expect({ page: name, violations: blocking(found) }).toEqual({ page: name, violations: [] });
  }

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
    // Moderate and minor findings do not fail the run, but they are shown.
    if (others.length) console.warn(JSON.stringify(others, null, 2));
    await browser?.close();
    await ctx?.close();
  });

  it('should report no serious or critical violation on the intro, every item type, confirm and review pages', async () => {
    // axe is injected as a script, which the pages' Content-Security-Policy would refuse.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    let last: { attemptId: string; url: string } | undefined;
    await f.addOrderingItem();
    const types = await f.bankTypes();
    expect(types).toEqual([...TYPES].sort());
    for (const type of types) {
      const quizId = await f.quiz({
        title: `Check: ${type}`,
        blueprint: { perMarkingPoint: 1, types: [type], total: 1 },
      });
      last = await f.start(quizId, `axe-${type}`);
      if (type === types[0]) {
        await page.goto(last.url);
        await audit(page, 'intro');
      }
      await page.goto(`${last.url}/items/1`);
      await audit(page, `item ${type}`);
    }
    await page.goto(`${last!.url}/confirm`);
    await audit(page, 'confirm');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/\/review$/);
    await audit(page, 'review');
    await context.close();
  });

  it('should report no serious or critical violation on the all-on-one-page layout or the error page', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: TYPES, total: 8 },
      settings: { layout: 'ALL_ON_ONE_PAGE', timeLimitMinutes: 20 },
    });
    const { url } = await f.start(quizId, 'axe-all');
    await page.goto(`${url}/items`);
    expect(await page.locator('h1').count()).toBe(1);
    await audit(page, 'all items');
    const res = await page.goto(`${url.slice(0, -3)}xyz`);
    expect(res?.status()).toBe(401);
    await audit(page, 'error');
    await context.close();
  });

  it('should never put a key or feedback in the HTML of item pages', async () => {
    await f.addOrderingItem();
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: null, types: TYPES },
      settings: { layout: 'ONE_PER_PAGE' },
    });
    const { attemptId, url } = await f.start(quizId, 'no-keys');
    const path = new URL(url).pathname;
    const items = await f.frozenItems(attemptId);
    expect(new Set(items.map((i) => i.content.type)).size).toBeGreaterThan(4);
    for (const item of items) {
      const page = (await f.http().get(`${path}/items/${item.position}`).expect(200)).text;
      for (const secret of [
        'correctOptionId',
        'acceptedAnswers',
        'data-correct',
        '"correct"',
        'rubric',
        'guidance',
      ]) {
        expect(page).not.toContain(secret);
      }
      const c = item.content;
      // What the learner may see; feedback that only repeats it (quoting an option) gives nothing away.
      const shown = JSON.stringify(c, (k, v: unknown) =>
        ['feedback', 'guidance'].includes(k) ? undefined : v,
      );
      const secrets = [
        item.feedback.correct,
        item.feedback.incorrect,
        ...(c.type === 'SINGLE_CHOICE' || c.type === 'MULTIPLE_RESPONSE'
          ? c.options.map((o) => o.feedback)
          : []),
        ...(c.type === 'EXTENDED_RESPONSE' ? [c.guidance] : []),
      ].filter((t): t is string => Boolean(t) && !shown.includes(JSON.stringify(t).slice(1, -1)));
      expect(secrets.length).toBeGreaterThan(0);
      for (const t of secrets) expect(page).not.toContain(escapeHtml(t));
      if (c.type === 'SINGLE_CHOICE') {
        // The right option's input differs from the others only by its id and value: no marker.
        const inputs = [...page.matchAll(/<input[^>]*name="q\d+"[^>]*>/g)].map((m) =>
          m[0].replace(/\s(id|value)="[^"]*"/g, '').replace(/\s+/g, ' '),
        );
        expect(new Set(inputs).size).toBe(1);
        // Values are this attempt's ids, never the item's own.
        expect(page).not.toContain(`value="${c.correctOptionId}"`);
      }
    }
  });

  it('should refuse forged and expired links with a 401 page, and never give another tenant a link', async () => {
    const quizId = await f.quiz({ blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE'], total: 1 } });
    const { attemptId, url } = await f.start(quizId, 'tokens');
    const path = new URL(url).pathname;
    const [body, signature] = path.split('/')[2].split('.');
    const forged = `/play/${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const refused = await f.http().get(forged).expect(401);
    expect(refused.headers['content-type']).toContain('text/html');
    expect(refused.text).toContain('This quiz link is not valid');
    expect(refused.text).toContain('role="alert"');

    const expired = ctx.app
      .get(PlayerSessionService)
      .issue(attemptId, f.deliver.tenantId, new Date(Date.now() - 24 * 3600_000)).url;
    const late = await f.http().get(new URL(expired).pathname).expect(401);
    expect(late.text).toContain('This quiz link has expired');
    await f
      .http()
      .put(`${forged}/responses/1`)
      .set('X-Player-Session', forged.split('/')[2])
      .send({ response: { type: 'TRUE_FALSE', value: true } })
      .expect(401);
    // A write that does not echo the session is refused even with a valid token in the path.
    await f.http().post(`${path}/submit`).type('form').send({}).expect(401);

    const stranger = await f.http().post('/api/v1/specs').send({}).expect(401);
    expect(stranger.body.code).toBe('UNAUTHENTICATED');
    await f.http().post(`/api/v1/attempts/${attemptId}/player-link`).set(f.author.auth).expect(403);
    const other = await (await import('../utils/api-keys')).newCaller(ctx.app, ['deliver']);
    await f.http().post(`/api/v1/attempts/${attemptId}/player-link`).set(other.auth).expect(404);
  });
});
