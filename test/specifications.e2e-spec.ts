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
const fixture = (name: string): Buffer => readFileSync(path.join(__dirname, 'fixtures', 'specs', name));

describe('Specifications API (/api/v1/specs)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  const http = () => request(ctx.app.getHttpServer());

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

  it('should ingest a text/plain specification with its marking points, lines and a derived title', async () => {
    const res = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(SAMPLE)
      .expect(201);
    expect(res.body.version).toBe(1);
    expect(res.body.title.length).toBeGreaterThan(10);
    expect(res.body.markingPoints).toHaveLength(5);
    expect(res.body.markingPoints[0]).toMatchObject({
      line: 23,
      position: 0,
      key: expect.stringMatching(/^mp-[0-9a-f]{10}$/),
    });
    expect(res.body.markingPoints[0].text).toMatch(
      /^Award credit for demonstrating accurate use of analytical tools/,
    );
    expect(res.body.keyConcepts[2]).toMatchObject({ name: 'Complaint handling and resolution', line: 7 });
    expect(res.body.warnings).toEqual([]);
  });

  it('should change nothing when the same text is ingested again, and make version 2 of a changed text', async () => {
    const first = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .send({ title: 'Sales data', text: SAMPLE })
      .expect(201);
    const again = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .send({ title: 'Sales data', text: SAMPLE })
      .expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, version: 1 });

    const changed = SAMPLE.replace(
      'Credit for correctly identifying relevant sources of competitor and market data.',
      'Credit for correctly identifying and evaluating relevant sources of competitor and market data.',
    );
    const second = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .send({ title: 'Sales data', text: changed })
      .expect(201);
    expect(second.body).toMatchObject({ id: first.body.id, version: 2, latestVersion: 2 });
    const keys = (body: { markingPoints: { key: string }[] }) => body.markingPoints.map((m) => m.key);
    // Unchanged marking points keep their keys; the edited one gets a new key.
    expect(keys(second.body).filter((k) => keys(first.body).includes(k))).toHaveLength(4);

    const v1 = await http().get(`/api/v1/specs/${first.body.id}?version=1`).set(author.auth).expect(200);
    expect(keys(v1.body)).toEqual(keys(first.body));
  });

  it('should tolerate CRLF, a BOM, other bullets and an unknown section, with a warning naming its line', async () => {
    const res = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(fixture('messy-crlf-bom.txt').toString('utf8'))
      .expect(201);
    expect(res.body.markingPoints.length).toBeGreaterThanOrEqual(3);
    expect(res.body.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ line: 28 })]));
  });

  it.each([
    ['invalid/no-marking-points-section.txt', 'NO_MARKING_POINTS_SECTION'],
    ['invalid/empty-marking-points.txt', 'NO_MARKING_POINTS'],
    ['invalid/whitespace-only.txt', 'EMPTY_DOCUMENT'],
    ['invalid/binary.bin', 'BINARY_INPUT'],
  ])('should refuse %s with 422 %s naming the section or line', async (file, code) => {
    const res = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(fixture(file).toString('utf8'))
      .expect(422);
    expect(res.body).toMatchObject({ code, requestId: expect.any(String) });
    expect(res.body.details.length).toBeGreaterThan(0);
    expect(
      res.body.details.some((d: { line?: number; section?: string }) => d.line !== undefined || d.section),
    ).toBe(true);
    const list = await http().get('/api/v1/specs').set(author.auth).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('should name the empty marking points section and its line', async () => {
    const res = await http()
      .post('/api/v1/specs')
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(fixture('invalid/empty-marking-points.txt').toString('utf8'))
      .expect(422);
    expect(res.body.details[0]).toMatchObject({ section: 'Examiner Marking Points', line: 11 });
  });

  it('should refuse a JSON body without text with 400 and one entry per failing field', async () => {
    const res = await http().post('/api/v1/specs').set(author.auth).send({ title: 42 }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['text', 'title']);
  });

  it('should list specifications a page at a time with the total and a next link', async () => {
    for (const title of ['A', 'B', 'C']) {
      await http().post('/api/v1/specs').set(author.auth).send({ title, text: SAMPLE }).expect(201);
    }
    const page1 = await http().get('/api/v1/specs?limit=2').set(author.auth).expect(200);
    expect(page1.body).toMatchObject({ page: 1, limit: 2, total: 3, next: '?page=2&limit=2' });
    expect(page1.body.data).toHaveLength(2);
    const page2 = await http().get('/api/v1/specs?page=2&limit=2').set(author.auth).expect(200);
    expect(page2.body).toMatchObject({ total: 3, next: null });
    await http().get('/api/v1/specs?limit=500').set(author.auth).expect(400);
  });

  it('should answer 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await http()
      .get('/api/v1/specs/00000000-0000-4000-8000-000000000000')
      .set(author.auth)
      .expect(404);
    expect(missing.body.code).toBe('SPEC_NOT_FOUND');
    await http().get('/api/v1/specs/not-a-uuid').set(author.auth).expect(400);
  });
});
