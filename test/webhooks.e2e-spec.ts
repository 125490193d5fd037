import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { resetDatabase } from '@markpoint/testing';
import { verifySignature } from '@markpoint/webhooks';
import { newCaller, type TestCaller } from './utils/api-keys';
import { createTestApp, type TestApp } from './utils/test-app';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback that answers with the next status of its script (then 200). */
async function startReceiver(
  script: number[],
): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Retries wait for pg-boss's backoff (1 s, then 2 s) in real time.
jest.setTimeout(30_000);

describe('Webhooks (/api/v1/webhooks)', () => {
  let ctx: TestApp;
  let admin: TestCaller;
  const http = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestApp({
      env: { WEBHOOK_RETRY_LIMIT: '2', WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_TIMEOUT_MS: '2000' },
    });
  });
  beforeEach(async () => {
    await resetDatabase(ctx.dataSource);
    admin = await newCaller(ctx.app, ['admin']);
  });
  afterAll(async () => {
    await ctx.close();
  });

  async function deliveriesOf(endpointId: string) {
    const res = await http().get(`/api/v1/webhooks/${endpointId}/deliveries`).set(admin.auth).expect(200);
    return res.body.data as { id: string; status: string; attempts: number; lastStatusCode: number | null }[];
  }

  it('should sign a delivery so the receiver can verify it with the secret shown once', async () => {
    const receiver = await startReceiver([]);
    try {
      const created = await http()
        .post('/api/v1/webhooks')
        .set(admin.auth)
        .send({ url: receiver.url, events: ['attempt.graded'] })
        .expect(201);
      expect(created.body.secret).toMatch(/^whsec_/);
      const listed = await http().get('/api/v1/webhooks').set(admin.auth).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

      await http().post(`/api/v1/webhooks/${created.body.id}/ping`).set(admin.auth).expect(202);
      const got = await waitFor(() => Promise.resolve(receiver.received[0]));
      expect(got.headers['markpoint-event']).toBe('webhook.ping');
      const signature = String(got.headers['markpoint-signature']);
      const now = Math.floor(Date.now() / 1000);
      expect(verifySignature(created.body.secret, got.body, signature, now)).toBe(true);
      expect(verifySignature('whsec_wrong', got.body, signature, now)).toBe(false);
      expect(verifySignature(created.body.secret, got.body.replace('ping', 'pong'), signature, now)).toBe(
        false,
      );
      const [delivery] = await waitFor(async () => {
        const d = await deliveriesOf(created.body.id);
        return d[0]?.status === 'DELIVERED' ? d : undefined;
      });
      expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 200 });
    } finally {
      receiver.server.close();
    }
  });

  it('should retry a failing receiver with backoff until it answers 2xx', async () => {
    const receiver = await startReceiver([500, 503]);
    try {
      const created = await http()
        .post('/api/v1/webhooks')
        .set(admin.auth)
        .send({ url: receiver.url, events: ['attempt.submitted'] })
        .expect(201);
      await http().post(`/api/v1/webhooks/${created.body.id}/ping`).set(admin.auth).expect(202);
      const [delivery] = await waitFor(async () => {
        const d = await deliveriesOf(created.body.id);
        return d[0]?.status === 'DELIVERED' ? d : undefined;
      });
      expect(delivery.attempts).toBe(3);
      expect(receiver.received).toHaveLength(3);
      // The same delivery id on every try, so receivers can de-duplicate.
      expect(new Set(receiver.received.map((r) => r.headers['markpoint-delivery'])).size).toBe(1);
    } finally {
      receiver.server.close();
    }
  });

  it('should mark a delivery FAILED after the last retry and send it again on request', async () => {
    const receiver = await startReceiver([500, 500, 500]);
    try {
      const created = await http()
        .post('/api/v1/webhooks')
        .set(admin.auth)
        .send({ url: receiver.url, events: ['passback.failed'] })
        .expect(201);
      await http().post(`/api/v1/webhooks/${created.body.id}/ping`).set(admin.auth).expect(202);
      const [failed] = await waitFor(async () => {
        const d = await deliveriesOf(created.body.id);
        return d[0]?.status === 'FAILED' ? d : undefined;
      });
      expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 500 });
      await http().post(`/api/v1/webhooks/deliveries/${failed.id}/redeliver`).set(admin.auth).expect(202);
      const [again] = await waitFor(async () => {
        const d = await deliveriesOf(created.body.id);
        return d[0]?.status === 'DELIVERED' ? d : undefined;
      });
      expect(again.attempts).toBe(4);
    } finally {
      receiver.server.close();
    }
  });

  it('should refuse plain http to a public host and unknown events, field by field', async () => {
    const res = await http()
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: 'http://reports.example.org/hook', events: ['attempt.exploded'] })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['events', 'url']);
  });

  it("should not show one tenant's endpoints to another", async () => {
    const created = await http()
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: 'https://example.org/h', events: ['attempt.graded'] })
      .expect(201);
    const other = await newCaller(ctx.app, ['admin']);
    await http().get(`/api/v1/webhooks/${created.body.id}/deliveries`).set(other.auth).expect(404);
    await http().delete(`/api/v1/webhooks/${created.body.id}`).set(other.auth).expect(404);
  });
});
