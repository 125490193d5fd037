import { resetDatabase } from '@markpoint/testing';
import { createTestApp, type TestApp } from '../utils/test-app';
import { PlayerFixture } from './player-fixture';

jest.setTimeout(60_000);

// The player without its script: every form POST saves, then redirects (303) to the next page.
describe('Player forms without JavaScript (/play/:token)', () => {
  let ctx: TestApp;
  let f: PlayerFixture;

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new PlayerFixture(ctx);
    await f.listen();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    await f.seed();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should save each page on Next, refuse a word for a number with an alert, and submit as the learner', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: null, types: ['NUMERIC', 'TRUE_FALSE'] },
    });
    const { attemptId, url } = await f.start(quizId, 'no-script');
    const base = new URL(url).pathname;
    const session = base.split('/')[2];
    const items = await f.frozenItems(attemptId);
    const numeric = items.find((i) => i.content.type === 'NUMERIC')!;
    const tf = items.find((i) => i.content.type === 'TRUE_FALSE')!;

    const start = await f.http().post(`${base}/start`).type('form').send({ session }).expect(303);
    expect(start.headers.location).toBe(`${base}/items/1`);
    const bad = await f
      .http()
      .post(`${base}/items/${numeric.position}`)
      .type('form')
      .send({ session, go: 'next', [`q${numeric.position}`]: 'twelve' })
      .expect(303);
    expect(bad.headers.location).toBe(
      `${base}/items/${numeric.position}?problems=${numeric.position}-NOT_A_NUMBER`,
    );
    const page = await f.http().get(bad.headers.location).expect(200);
    expect(page.text).toMatch(/role="alert">\s*Question \d+ was not saved: enter a number, such as 12\.5\./);
    expect(page.text).toMatch(/<title>\s*Not saved:/);

    await f
      .http()
      .post(`${base}/items/${numeric.position}`)
      .type('form')
      .send({ session, go: 'next', [`q${numeric.position}`]: '1,250.5' })
      .expect(303);
    await f
      .http()
      .post(`${base}/items/${tf.position}`)
      .type('form')
      .send({ session, go: 'confirm', [`q${tf.position}`]: 'true' })
      .expect(303)
      .expect('Location', `${base}/confirm`);
    const saved: { position: number; response: unknown }[] = await ctx.dataSource.query(
      'SELECT position, response FROM attempt_items WHERE attempt_id = $1 ORDER BY position',
      [attemptId],
    );
    expect(saved.find((s) => s.position === numeric.position)?.response).toEqual({
      type: 'NUMERIC',
      value: 1250.5,
    });
    expect(saved.find((s) => s.position === tf.position)?.response).toEqual({
      type: 'TRUE_FALSE',
      value: true,
    });

    const confirm = await f.http().get(`${base}/confirm`).expect(200);
    expect(confirm.text).toContain(`You have answered 2 of ${items.length} questions`);
    await f
      .http()
      .post(`${base}/submit`)
      .type('form')
      .send({ session })
      .expect(303)
      .expect('Location', `${base}/review`);
    expect(await f.attempt(attemptId)).toMatchObject({ status: 'GRADED', submitted_by: 'LEARNER' });
    // After submission the question pages lead to the review, and saves are refused as closed.
    await f.http().get(`${base}/items/1`).expect(303).expect('Location', `${base}/review`);
    await f
      .http()
      .put(`${base}/responses/${tf.position}`)
      .set('X-Player-Session', session)
      .send({ response: { type: 'TRUE_FALSE', value: false } })
      .expect(409);
  });

  it('should start the next attempt from a submitted one with a link of its own, within the attempt limit', async () => {
    const quizId = await f.quiz({
      blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE'], total: 1 },
      settings: { attemptsAllowed: 2 },
    });
    const { attemptId, url } = await f.start(quizId, 'twice');
    const base = new URL(url).pathname;
    const session = base.split('/')[2];
    await f.http().post(`${base}/submit`).type('form').send({ session }).expect(303);
    const intro = await f.http().get(base).expect(200);
    expect(intro.text).toContain('Start attempt 2');
    const next = await f.http().post(`${base}/start`).type('form').send({ session }).expect(303);
    const nextBase = next.headers.location.replace(/\/items\/1$/, '');
    expect(nextBase).not.toBe(base);
    const page = await f.http().get(next.headers.location).expect(200);
    expect(page.text).toContain('Question 1 of 1');
    const [second] = await ctx.dataSource.query(
      `SELECT id FROM attempts WHERE learner_ref = 'twice' AND id <> $1`,
      [attemptId],
    );
    expect(second).toBeDefined();
    const nextSession = nextBase.split('/')[2];
    await f.http().post(`${nextBase}/submit`).type('form').send({ session: nextSession }).expect(303);
    const full = await f
      .http()
      .post(`${nextBase}/start`)
      .type('form')
      .send({ session: nextSession })
      .expect(409);
    expect(full.text).toContain('You have no attempts left');
  });

  it('should serve the script and styles with long caching and the pages with no-store and a strict CSP', async () => {
    const quizId = await f.quiz({ blueprint: { perMarkingPoint: 1, types: ['TRUE_FALSE'], total: 1 } });
    const { url } = await f.start(quizId, 'headers');
    const page = await f.http().get(new URL(url).pathname).expect(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']).toBeUndefined();
    const script = page.text.match(/src="([^"]+player\.js[^"]*)"/)![1];
    const js = await f.http().get(script).expect(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.headers['cache-control']).toContain('immutable');
  });
});
