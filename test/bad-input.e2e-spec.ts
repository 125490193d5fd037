import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

/** `{"a":{"a":…}}` as text: JSON.stringify itself would recurse. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

interface ErrorBody {
  code: string;
  details: { field: string; message: string }[];
}

describe('Bad input is a 4xx, never a 5xx', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let specId: string;
  let bankId: string;
  let quizId: string;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
    author = await newCaller(ctx.app, ['admin', 'author', 'deliver', 'results:read']);
    specId = (await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201)).body.id;
    bankId = (
      await http()
        .post(`/api/v1/specs/${specId}/banks`)
        .set(author.auth)
        .send({ seed: 'a', autoApproveAbove: 0 })
        .expect(201)
    ).body.id;
    quizId = (
      await http().post('/api/v1/quizzes').set(author.auth).send({ bankId, title: 'Unit 3' }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  describe('deeply nested JSON', () => {
    const routes = (): [string, string][] => [
      ['post', `/api/v1/specs/${specId}/banks`],
      ['post', '/api/v1/quizzes'],
      ['patch', `/api/v1/quizzes/${quizId}`],
      ['post', `/api/v1/banks/${bankId}/items`],
      ['post', '/api/v1/webhooks'],
      ['post', '/lti/login'],
      ['post', '/lti/launch'],
    ];

    it.each([3_000, 20_000])(
      'should answer %d levels with 400 BODY_TOO_DEEP on every route',
      async (depth) => {
        for (const [method, url] of routes()) {
          const res = await (http() as unknown as Record<string, (u: string) => request.Test>)
            [method](url)
            .set(author.auth)
            .set('Content-Type', 'application/json')
            .send(nestedJson(depth));
          expect({ url, status: res.status, code: (res.body as ErrorBody).code }).toEqual({
            url,
            status: 400,
            code: 'BODY_TOO_DEEP',
          });
        }
      },
    );

    it('should still accept a body nested a few levels, as the DTOs are', async () => {
      await http()
        .patch(`/api/v1/quizzes/${quizId}`)
        .set(author.auth)
        .send({ settings: { review: { when: 'AFTER_CLOSE' } } })
        .expect(200);
    });
  });

  describe('NUL and lone surrogates', () => {
    it.each([
      ['a NUL in a bank seed', 'post', () => `/api/v1/specs/${specId}/banks`, { seed: 'a\u0000b' }, 'seed'],
      ['a NUL in a quiz title', 'post', () => '/api/v1/quizzes', { bankId, title: 'Unit\u00003' }, 'title'],
      [
        'a lone surrogate in a quiz title',
        'patch',
        () => `/api/v1/quizzes/${quizId}`,
        { title: 'x\ud800' },
        'title',
      ],
      [
        'a NUL deep in a body',
        'patch',
        () => `/api/v1/quizzes/${quizId}`,
        { blueprint: { markingPoints: ['ok', 'b\u0000'] } },
        'blueprint.markingPoints[1]',
      ],
      ['a NUL in a key', 'patch', () => `/api/v1/quizzes/${quizId}`, { 'ti\u0000tle': 'x' }, 'ti\\u0000tle'],
    ])('should refuse %s with 400 naming the field', async (_name, method, url, body, field) => {
      const res = await (http() as unknown as Record<string, (u: string) => request.Test>)
        [method](url())
        .set(author.auth)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body as ErrorBody).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field }] });
    });

    it('should refuse a NUL in a learner reference (path) and in a GIFT import (text body)', async () => {
      const learner = await http()
        .put(`/api/v1/quizzes/${quizId}/accommodations/learner%00x`)
        .set(author.auth)
        .send({ timeMultiplier: 1.5, extraAttempts: 0 });
      expect(learner.status).toBe(400);
      expect((learner.body as ErrorBody).details[0].field).toBe('params.learner');

      // A document names the question instead: its parser, not the generic rule, reads it.
      const gift = await http()
        .post(`/api/v1/banks/${bankId}/import?format=gift`)
        .set(author.auth)
        .set('Content-Type', 'text/plain')
        .send('::Q1:: What is 2+2? {=4\u0000 ~5}');
      expect(gift.status).toBe(422);
      expect(gift.body as ErrorBody).toMatchObject({
        code: 'IMPORT_REFUSED',
        details: [{ field: 'question 1' }],
      });

      // Character references for a lone surrogate and NUL: not in the raw body, only once parsed.
      const exported = await http().get(`/api/v1/banks/${bankId}/export?format=moodle-xml`).set(author.auth);
      const xml = exported.text.replace(/<text>([^<]*)<\/text>/, '<text>$1 &#xD800; &#0;</text>');
      const moodle = await http()
        .post(`/api/v1/banks/${bankId}/import?format=moodle-xml`)
        .set(author.auth)
        .set('Content-Type', 'application/xml')
        .send(xml);
      // Imported as text or refused; either way PostgreSQL never sees a lone surrogate.
      expect(moodle.status).toBeLessThan(500);
    });

    it('should refuse a NUL in an LTI login parameter, by query or by form', async () => {
      const byQuery = await http().get('/lti/login').query({ iss: 'https://lms\u0000', login_hint: 'x' });
      expect(byQuery.status).toBe(400);
      expect((byQuery.body as ErrorBody).details[0].field).toBe('query.iss');
      const byForm = await http()
        .post('/lti/login')
        .type('form')
        .send({ iss: 'https://lms.example', login_hint: 'x\u0000', target_link_uri: 'https://t' });
      expect(byForm.status).toBe(400);
      expect((byForm.body as ErrorBody).details[0].field).toBe('login_hint');
    });
  });

  describe('integers beyond the database types', () => {
    it.each([
      ['?page= beyond bigint', () => '/api/v1/quizzes?page=99999999999999999999', 'page'],
      [
        '?page= beyond bigint on a bank',
        () => `/api/v1/banks/${bankId}/items?page=9223372036854775808`,
        'page',
      ],
      ['?version= beyond int4', () => `/api/v1/specs/${specId}?version=2147483648`, 'query.version'],
    ])('should refuse %s with 400 naming the parameter', async (_name, url, field) => {
      const res = await http().get(url()).set(author.auth);
      expect(res.status).toBe(400);
      expect((res.body as ErrorBody).details.map((d) => d.field)).toContain(field);
    });

    it('should refuse a response position beyond int4 and a generation version beyond int4', async () => {
      const attempt = await http()
        .post(`/api/v1/quizzes/${quizId}/attempts`)
        .set(author.auth)
        .send({ learner: 'learner-1' });
      const position = await http()
        .put(`/api/v1/attempts/${attempt.body.id as string}/responses/4294967296`)
        .set(author.auth)
        .send({ response: { optionId: 'a' } });
      expect(position.status).toBe(400);
      const version = await http()
        .post(`/api/v1/specs/${specId}/banks`)
        .set(author.auth)
        .send({ version: 2 ** 40 });
      expect(version.status).toBe(400);
      expect((version.body as ErrorBody).details[0].field).toBe('version');
    });
  });
});
