import { Body, Controller, Get, Post } from '@nestjs/common';
import { Public } from '@markpoint/tenancy';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/test-app';

class ProbeSettingsDto {
  @IsInt()
  @Min(1)
  @Max(300)
  timeLimitMinutes!: number;
}

class ProbeDto {
  @IsString()
  title!: string;

  @ValidateNested()
  @Type(() => ProbeSettingsDto)
  settings!: ProbeSettingsDto;
}

// Exercises the global pipe and filters the way any real route meets them.
@Public()
@Controller('probe')
class ProbeController {
  @Post()
  create(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Get('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

describe('REST error format', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp({ controllers: [ProbeController] });
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('should answer 400 with one detail per failing field, nested fields by path', async () => {
    const res = await request(ctx.app.getHttpServer())
      .post('/probe')
      .send({ title: 42, settings: { timeLimitMinutes: 0 }, extra: true })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', requestId: res.headers['x-request-id'] });
    const fields = (res.body as { details: { field: string }[] }).details.map((d) => d.field).sort();
    expect(fields).toEqual(['extra', 'settings.timeLimitMinutes', 'title']);
  });

  it('should accept a valid body and strip nothing it declared', async () => {
    const body = { title: 'Quiz', settings: { timeLimitMinutes: 30 } };
    await request(ctx.app.getHttpServer()).post('/probe').send(body).expect(201, body);
  });

  it('should answer malformed JSON with 400 MALFORMED_BODY in the same shape', async () => {
    const res = await request(ctx.app.getHttpServer())
      .post('/probe')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_BODY', details: [] });
    expect(typeof (res.body as { requestId: unknown }).requestId).toBe('string');
  });

  it('should answer an over-size body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await request(ctx.app.getHttpServer())
      .post('/probe')
      .send({ title: 'x'.repeat(1024 * 1024 + 10), settings: { timeLimitMinutes: 1 } })
      .expect(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('should answer an unknown route with 404 NOT_FOUND', async () => {
    const res = await request(ctx.app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(res.body).toEqual({
      code: 'NOT_FOUND',
      message: 'Cannot GET /api/v1/nothing-here',
      requestId: res.headers['x-request-id'],
      details: [],
    });
  });

  it('should answer an unknown error with a generic 500 that leaks nothing', async () => {
    const res = await request(ctx.app.getHttpServer()).get('/probe/boom').expect(500);
    expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR', details: [] });
    expect((res.body as { message: string }).message).toMatch(
      /^An unexpected error occurred \(errorId [0-9a-f-]{36}\)$/,
    );
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(res.text).not.toContain('at ProbeController');
  });

  it('should keep a safe caller request id and replace an unsafe one', async () => {
    const kept = await request(ctx.app.getHttpServer())
      .get('/nope')
      .set('X-Request-Id', 'lms-req-123')
      .expect(404);
    expect(kept.headers['x-request-id']).toBe('lms-req-123');
    expect((kept.body as { requestId: string }).requestId).toBe('lms-req-123');
    const replaced = await request(ctx.app.getHttpServer())
      .get('/nope')
      .set('X-Request-Id', 'bad id <script>')
      .expect(404);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
