import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { newCaller, type TestCaller } from '../utils/api-keys';
import { createTestApp, type TestApp } from '../utils/test-app';
import {
  deepJson,
  nastyString,
  nastyValue,
  SchemaArbitraries,
  type OpenApiDocument,
  type Operation,
} from './openapi-arbitraries';

// Bounded and seeded: the same requests on every run unless FUZZ_SEED says otherwise.
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2500);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface FuzzRequest {
  method: Method;
  url: string;
  contentType?: string;
  body?: string;
}

interface Failure {
  request: FuzzRequest;
  status: number;
  response: string;
}

const SAMPLE = readFileSync(
  path.join(__dirname, '..', '..', 'samples', 'specs', '000_741ddd1a805137ea.txt'),
  'utf8',
);

/** encodeURIComponent throws on a lone surrogate; a client can still send its bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((c) => {
        try {
          return encodeURIComponent(c);
        } catch {
          return [...Buffer.from(c, 'utf16le')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        }
      })
      .join('');
  }
}

function asParam(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function queryString(entries: [string, unknown][]): string {
  const parts = entries.flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v])
      .filter((x) => x !== undefined)
      .map((x) => `${encode(k)}=${encode(asParam(x))}`),
  );
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Operations the document describes, plus the routes it leaves out (player pages, LTI). */
function operations(
  doc: OpenApiDocument,
  routes: { path: string; method: Method }[],
): [string, Method, Operation][] {
  const ops: [string, Method, Operation][] = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) if (item[m]) ops.push([p, m, item[m]]);
  }
  const documented = new Set(ops.map(([p, m]) => `${m} ${p}`));
  for (const r of routes) {
    const p = r.path.replace(/:(\w+)/g, '{$1}');
    if (!documented.has(`${r.method} ${p}`) && !p.startsWith('/api/docs')) {
      documented.add(`${r.method} ${p}`);
      ops.push([p, r.method, {}]);
    }
  }
  return ops;
}

function expressRoutes(app: TestApp['app']): { path: string; method: Method }[] {
  const express = app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return (express.router?.stack ?? []).flatMap((layer) =>
    layer.route
      ? METHODS.filter((m) => layer.route!.methods[m] || layer.route!.methods._all).map((method) => ({
          path: layer.route!.path,
          method,
        }))
      : [],
  );
}

describe('OpenAPI fuzz: no 5xx from any request', () => {
  let ctx: TestApp;
  let caller: TestCaller;
  let base: string;
  const known: Record<string, string[]> = {};
  const realFetch = global.fetch;

  beforeAll(async () => {
    // The fuzz registers platforms and webhooks with made-up URLs: nothing may leave loopback.
    global.fetch = (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
        ? realFetch(input, init)
        : Promise.reject(new TypeError(`fetch failed: ${url.hostname} is not loopback (fuzz)`));
    };
    ctx = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000000' } });
    await ctx.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
    caller = await newCaller(ctx.app, ['admin', 'author', 'deliver', 'results:read']);
    const http = () => request(base);
    const spec = await http().post('/api/v1/specs').set(caller.auth).send({ text: SAMPLE }).expect(201);
    const bank = await http()
      .post(`/api/v1/specs/${spec.body.id}/banks`)
      .set(caller.auth)
      .send({ seed: 'f' })
      .expect(201);
    const items = await http().get(`/api/v1/banks/${bank.body.id}/items`).set(caller.auth).expect(200);
    const quiz = await http()
      .post('/api/v1/quizzes')
      .set(caller.auth)
      .send({ bankId: bank.body.id, title: 'Fuzz' });
    const attempt = await http()
      .post(`/api/v1/quizzes/${quiz.body.id}/attempts`)
      .set(caller.auth)
      .send({ learner: 'learner-1' });
    const link = await http()
      .post(`/api/v1/attempts/${attempt.body.id}/player-link`)
      .set(caller.auth)
      .send({});
    const token = /\/play\/([^/?#]+)/.exec(JSON.stringify(link.body))?.[1];
    const ids = [spec.body.id, bank.body.id, quiz.body.id, attempt.body.id].filter((x): x is string => !!x);
    Object.assign(known, {
      id: ids,
      bankId: [bank.body.id],
      itemId: [items.body.data?.[0]?.id].filter(Boolean),
      position: ['0', '1', '2'],
      learner: ['learner-1'],
      token: token ? [token] : [],
    });
  }, 60_000);

  afterAll(async () => {
    global.fetch = realFetch;
    await ctx.close();
  });

  it('should answer every generated request with a status below 500', async () => {
    const doc = (await request(base).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const schemas = new SchemaArbitraries(doc);
    const ops = operations(doc, expressRoutes(ctx.app));
    const perOperation = Math.max(5, Math.ceil(TOTAL_REQUESTS / ops.length));

    const requests = ops.flatMap(([template, method, op], i) => {
      const pathParams = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const arbitrary = fc.record({
        path: fc.tuple(
          ...pathParams.map((name) =>
            fc.oneof(
              { weight: 3, arbitrary: known[name]?.length ? fc.constantFrom(...known[name]) : fc.uuid() },
              { weight: 1, arbitrary: fc.oneof(nastyString, fc.uuid()) },
            ),
          ),
        ),
        query: fc.tuple(
          ...(op.parameters ?? [])
            .filter((p) => p.in === 'query')
            .map((p) =>
              fc
                .option(schemas.of(p.schema, true, p.name), { nil: undefined })
                .map((v) => [p.name, v] as [string, unknown]),
            ),
          fc.option(fc.tuple(nastyString, nastyValue), { nil: undefined, freq: 4 }),
        ),
        body: bodyFor(op, schemas),
      });
      return fc.sample(arbitrary, { seed: SEED + i, numRuns: perOperation }).map((sample): FuzzRequest => {
        let p = template;
        pathParams.forEach((name, k) => (p = p.replace(`{${name}}`, encode(asParam(sample.path[k])))));
        const query = sample.query
          .filter((q): q is [string, unknown] => q !== undefined)
          .filter(([k]) => k !== '');
        return { method, url: `${p}${queryString(query)}`, ...sample.body };
      });
    });

    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    for (const r of requests) {
      let req = request(base)[r.method](r.url).set(caller.auth);
      if (r.contentType) req = req.set('Content-Type', r.contentType);
      const res = await (r.body !== undefined ? req.send(r.body) : req).catch((error: Error) => ({
        status: 599,
        text: error.message,
      }));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500)
        failures.push({ request: r, status: res.status, response: res.text.slice(0, 300) });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `OpenAPI fuzz: ${requests.length} requests over ${ops.length} operations in ${seconds} s (seed ${SEED}), ` +
        `${failures.length} answered 5xx; by status: ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([k, v]) => `${k}×${v}`)
          .join(' ')}\n`,
    );
    const summary = failures.map(
      (f) => `${f.status} ${f.request.method.toUpperCase()} ${f.request.url.slice(0, 160)} ${f.response}`,
    );
    expect(summary).toEqual([]);
  }, 600_000);
});

function bodyFor(
  op: Operation,
  schemas: SchemaArbitraries,
): fc.Arbitrary<{ contentType?: string; body?: string }> {
  const content = op.requestBody?.content ?? {};
  const json = content['application/json'];
  const text = Object.keys(content).find((t) => t.startsWith('text/') || t.endsWith('/xml'));
  const variants: fc.Arbitrary<{ contentType?: string; body?: string }>[] = [
    deepJson.map((body) => ({ contentType: 'application/json', body })),
    fc.jsonValue({ maxDepth: 4 }).map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
    fc.dictionary(nastyString, nastyString, { maxKeys: 4 }).map((v) => ({
      contentType: 'application/x-www-form-urlencoded',
      body: queryString(Object.entries(v)).slice(1),
    })),
    fc.constant({}),
  ];
  if (json?.schema) {
    variants.push(
      schemas
        .of(json.schema, false)
        .map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
      schemas
        .of(json.schema, true)
        .map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
      schemas
        .of(json.schema, true)
        .map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
    );
  }
  if (text) variants.push(nastyString.map((body) => ({ contentType: text, body })));
  return fc.oneof(...variants);
}
