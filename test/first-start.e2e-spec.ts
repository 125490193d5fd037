import request from 'supertest';
import { resetDatabase } from '@markpoint/testing';
import { SampleContentLoader } from '../apps/quiz-service/src/samples/sample-content.loader';
import { newCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

jest.setTimeout(60_000);

describe(SampleContentLoader.name, () => {
  let ctx: TestApp;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should load sample banks whose checked items are approved, so the quick start can make a quiz at once', async () => {
    const sut = ctx.app.get(SampleContentLoader);
    const report = await sut.run(true);
    expect(report.samplesLoaded.length).toBeGreaterThan(0);
    const [{ tenant_id: tenantId }] = await ctx.dataSource.query<{ tenant_id: string }[]>(
      'SELECT tenant_id FROM question_banks LIMIT 1',
    );
    const author = await newCaller(ctx.app, ['author'], { tenantId });
    const banks = (await http().get('/api/v1/banks').set(author.auth).expect(200)).body.data as {
      id: string;
      itemCount: number;
    }[];
    expect(banks).toHaveLength(report.samplesLoaded.length);
    for (const bank of banks) {
      const quality = await http().get(`/api/v1/banks/${bank.id}/quality`).set(author.auth).expect(200);
      expect(quality.body.itemsByStatus).toEqual({ DRAFT: 0, APPROVED: bank.itemCount, RETIRED: 0 });
      await http()
        .post('/api/v1/quizzes')
        .set(author.auth)
        .send({ bankId: bank.id, title: 'Quick start' })
        .expect(201);
    }
  });
});
