import type { ItemContent, ItemType } from '@markpoint/grading';
import { resetDatabase } from '@markpoint/testing';
import { PlayerFixture } from './browser/player-fixture';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(60_000);

// A response of the wrong shape is refused with 400 on every path that saves one, so it can never
// be stored and then block the attempt's submission.
const MALFORMED: [string, ItemType, Record<string, unknown>, string][] = [
  ['a number as text', 'SHORT_ANSWER', { type: 'SHORT_ANSWER', text: 123 }, 'response.text'],
  [
    'an object for optionIds',
    'MULTIPLE_RESPONSE',
    { type: 'MULTIPLE_RESPONSE', optionIds: { 0: 'a' } },
    'response.optionIds',
  ],
  ['null matches', 'MATCHING', { type: 'MATCHING', matches: null }, 'response.matches'],
  ['a missing optionId', 'SINGLE_CHOICE', { type: 'SINGLE_CHOICE' }, 'response.optionId'],
  ['a missing text', 'SHORT_ANSWER', { type: 'SHORT_ANSWER' }, 'response.text'],
  ['a string for a judgement', 'TRUE_FALSE', { type: 'TRUE_FALSE', value: 'true' }, 'response.value'],
  ['a string for a number', 'NUMERIC', { type: 'NUMERIC', value: '12' }, 'response.value'],
  ['an unknown field', 'TRUE_FALSE', { type: 'TRUE_FALSE', value: true, score: 1 }, 'response.score'],
  [
    'a 2,001-character short answer',
    'SHORT_ANSWER',
    { type: 'SHORT_ANSWER', text: 'x'.repeat(2001) },
    'response.text',
  ],
];

describe('Response validation (PUT /attempts/:id/responses/:position, /play/:token)', () => {
  let ctx: TestApp;
  let f: PlayerFixture;
  let attemptId: string;
  let base: string;
  let session: string;
  let positions: Map<ItemType, number>;

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new PlayerFixture(ctx);
    await f.listen();
    await resetDatabase(ctx.dataSource);
    await f.seed();
    const quizId = await f.quiz({
      blueprint: {
        perMarkingPoint: null,
        types: ['SINGLE_CHOICE', 'MULTIPLE_RESPONSE', 'TRUE_FALSE', 'MATCHING', 'NUMERIC', 'SHORT_ANSWER'],
      },
    });
    const started = await f.start(quizId, 'learner-shapes');
    attemptId = started.attemptId;
    base = new URL(started.url).pathname;
    session = base.split('/')[2];
    const items: { position: number; content: ItemContent }[] = await f.frozenItems(attemptId);
    positions = new Map();
    for (const item of items)
      if (!positions.has(item.content.type)) positions.set(item.content.type, item.position);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const at = (type: ItemType): number => {
    const position = positions.get(type);
    if (position === undefined) throw new Error(`The sample bank has no ${type} item`);
    return position;
  };

  async function storedResponses(): Promise<unknown[]> {
    const rows = await ctx.dataSource.query<{ response: unknown }[]>(
      'SELECT response FROM attempt_items WHERE attempt_id = $1 AND response IS NOT NULL',
      [attemptId],
    );
    return rows.map((r) => r.response);
  }

  it.each(MALFORMED)(
    'should refuse %s with 400 over REST and from the player script',
    async (_case, type, response, field) => {
      const rest = await f
        .http()
        .put(`/api/v1/attempts/${attemptId}/responses/${at(type)}`)
        .set(f.deliver.auth)
        .send({ response })
        .expect(400);
      expect(rest.body.code).toBe('VALIDATION_FAILED');
      expect(rest.body.details.map((d: { field: string }) => d.field)).toContain(field);
      const player = await f
        .http()
        .put(`${base}/responses/${at(type)}`)
        .set('X-Player-Session', session)
        .send({ response })
        .expect(400);
      expect(player.body.code).toBe('VALIDATION_FAILED');
      expect(player.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await storedResponses()).toEqual([]);
    },
  );

  it("should refuse a response for another item type than the item's with 400 RESPONSE_TYPE_MISMATCH", async () => {
    const response = { type: 'TRUE_FALSE', value: true };
    const rest = await f
      .http()
      .put(`/api/v1/attempts/${attemptId}/responses/${at('SHORT_ANSWER')}`)
      .set(f.deliver.auth)
      .send({ response })
      .expect(400);
    expect(rest.body).toMatchObject({
      code: 'RESPONSE_TYPE_MISMATCH',
      details: [{ field: 'response.type', message: 'must be SHORT_ANSWER' }],
    });
    const player = await f
      .http()
      .put(`${base}/responses/${at('SHORT_ANSWER')}`)
      .set('X-Player-Session', session)
      .send({ response })
      .expect(400);
    expect(player.body.code).toBe('RESPONSE_TYPE_MISMATCH');
    expect(await storedResponses()).toEqual([]);
  });

  it('should answer a position beyond the integer range with 400 on every player route, never 5xx', async () => {
    const huge = '99999999999';
    await f.http().get(`${base}/items/${huge}`).expect(400);
    await f.http().post(`${base}/items/${huge}`).type('form').send({ session, go: 'next' }).expect(400);
    await f
      .http()
      .put(`${base}/responses/${huge}`)
      .set('X-Player-Session', session)
      .send({ response: { type: 'TRUE_FALSE', value: true } })
      .expect(400);
  });

  it('should not save an over-long answer posted from a player form, and say why on the page', async () => {
    const position = at('SHORT_ANSWER');
    const posted = await f
      .http()
      .post(`${base}/items/${position}`)
      .type('form')
      .send({ session, go: 'next', [`q${position}`]: 'x'.repeat(2001) })
      .expect(303);
    expect(posted.headers.location).toBe(`${base}/items/${position}?problems=${position}-NOT_ACCEPTED`);
    const page = await f.http().get(posted.headers.location).expect(200);
    expect(page.text).toContain(`Question ${position} was not saved: the answer is too long`);
    expect(await storedResponses()).toEqual([]);
  });

  it('should still save and grade well-formed answers on both paths', async () => {
    await f
      .http()
      .put(`/api/v1/attempts/${attemptId}/responses/${at('SHORT_ANSWER')}`)
      .set(f.deliver.auth)
      .send({ response: { type: 'SHORT_ANSWER', text: 'An answer' } })
      .expect(200);
    await f
      .http()
      .put(`${base}/responses/${at('TRUE_FALSE')}`)
      .set('X-Player-Session', session)
      .send({ response: { type: 'TRUE_FALSE', value: false } })
      .expect(200);
    expect(await storedResponses()).toHaveLength(2);
    await f.http().post(`/api/v1/attempts/${attemptId}/submit`).set(f.deliver.auth).expect(201);
  });
});
