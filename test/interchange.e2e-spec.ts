import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { unzipSync } from 'fflate';
import { resetDatabase } from '@markpoint/testing';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

describe('Bank export and import (/api/v1/banks/:id/export, /import)', () => {
  let ctx: TestApp;
  let author: TestCaller;
  let bankId: string;
  let itemCount: number;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    author = await newCaller(ctx.app, ['author']);
    const spec = await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201);
    const bank = await http()
      .post(`/api/v1/specs/${spec.body.id}/banks`)
      .set(author.auth)
      .send({ seed: 'x' })
      .expect(201);
    bankId = bank.body.id;
    itemCount = bank.body.itemCount;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should export Moodle XML with a category per marking point and import it back into a bank', async () => {
    const xml = await http()
      .get(`/api/v1/banks/${bankId}/export?format=moodle-xml`)
      .set(author.auth)
      .expect(200);
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xml.headers['content-disposition']).toMatch(/attachment; filename=".*\.xml"/);
    // The topic, then one category per marking point that has items.
    const items = (await http().get(`/api/v1/banks/${bankId}/items?limit=100`).set(author.auth).expect(200))
      .body.data as { markingPointKeys: string[] }[];
    const points = new Set(items.map((item) => item.markingPointKeys[0]));
    expect((xml.text.match(/<question type="category">/g) ?? []).length).toBe(1 + points.size);
    const imported = await http()
      .post(`/api/v1/banks/${bankId}/import?format=moodle-xml`)
      .set(author.auth)
      .set('Content-Type', 'application/xml')
      .send(xml.text)
      .expect(201);
    expect(imported.body).toEqual({ imported: itemCount, unaligned: 0 });
    const bank = await http().get(`/api/v1/banks/${bankId}`).set(author.auth).expect(200);
    expect(bank.body.itemCount).toBe(itemCount * 2);
  });

  it('should export GIFT naming the ordering items it skips, and import it back', async () => {
    const gift = await http().get(`/api/v1/banks/${bankId}/export?format=gift`).set(author.auth).expect(200);
    const skipped = Number(gift.headers['x-markpoint-skipped']);
    const imported = await http()
      .post(`/api/v1/banks/${bankId}/import?format=gift`)
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(gift.text)
      .expect(201);
    expect(imported.body.imported).toBe(itemCount - skipped);
  });

  it('should export a QTI 2.1 package with a manifest, a test and one file per item', async () => {
    const res = await http()
      .get(`/api/v1/banks/${bankId}/export?format=qti21`)
      .set(author.auth)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const files = Object.keys(unzipSync(new Uint8Array(res.body as Buffer)));
    expect(files).toContain('imsmanifest.xml');
    expect(files.filter((f) => f.startsWith('items/'))).toHaveLength(itemCount);
  });

  it('should refuse a file with a bad question, naming its line, and import nothing', async () => {
    const gift = ['::good::Is the sky blue?{T}', '', '::bad::Pick one {~a ~b ~c}', ''].join('\n');
    const res = await http()
      .post(`/api/v1/banks/${bankId}/import?format=gift`)
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(gift)
      .expect(422);
    expect(res.body.code).toBe('IMPORT_REFUSED');
    expect(res.body.details).toEqual([expect.objectContaining({ line: 3 })]);
    const bank = await http().get(`/api/v1/banks/${bankId}`).set(author.auth).expect(200);
    expect(bank.body.itemCount).toBe(itemCount);
  });

  it('should refuse an unknown format', async () => {
    await http().get(`/api/v1/banks/${bankId}/export?format=docx`).set(author.auth).expect(400);
  });
});
