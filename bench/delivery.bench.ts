import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { BenchSection } from './bench-section';
import { startBenchService } from './bench-service';
import { fmt } from './process-stats';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'samples/specs/003_e400544d1f727506.txt'), 'utf8');

/** The learner's hot paths: autosave (PUT a response) and start + submit, against a baseline. */
export async function deliveryBench(): Promise<BenchSection> {
  const bench = await startBenchService('mp_bench_delivery', ['author', 'deliver']);
  const { service, key } = bench;
  try {
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const post = async (p: string, body: unknown) => {
      const res = await fetch(`${service.url}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${p} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const spec = await post('/api/v1/specs', { text: SAMPLE });
    const bank = await post(`/api/v1/specs/${String(spec.id)}/banks`, { autoApproveAbove: 0 });
    const quiz = await post('/api/v1/quizzes', {
      bankId: bank.id,
      title: 'Bench',
      blueprint: { perMarkingPoint: 2, types: ['TRUE_FALSE'] },
    });
    const attempt = await post(`/api/v1/quizzes/${String(quiz.id)}/attempts`, { learner: 'bench-learner' });
    const run = (opts: autocannon.Options) => autocannon({ connections: 50, duration: 10, ...opts });

    const baseline = await run({ url: `${service.url}/health/live` });
    const authed = await run({ url: `${service.url}/api/v1/quizzes/${String(quiz.id)}`, headers });
    const autosave = await run({
      url: `${service.url}/api/v1/attempts/${String(attempt.id)}/responses/1`,
      method: 'PUT',
      headers,
      body: JSON.stringify({ response: { type: 'TRUE_FALSE', value: true } }),
    });
    let learner = 0;
    const startSubmit = await run({
      connections: 20,
      url: `${service.url}/api/v1/quizzes/${String(quiz.id)}/attempts`,
      method: 'POST',
      headers,
      setupClient: (client) => client.setBody(JSON.stringify({ learner: `l-${process.pid}-${learner++}` })),
    });
    const row = (label: string, r: autocannon.Result) =>
      `| ${label} | ${fmt(r.requests.average)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${r.non2xx} |`;
    const markdown = [
      '## Delivery hot paths',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}; autocannon, 10 s each, 50 connections (20 for starts), one service process on PostgreSQL through \`DATABASE_URL\`; the rate limit raised out of the way.`,
      '',
      '| Request | req/s | p50 ms | p99 ms | non-2xx |',
      '|---|---:|---:|---:|---:|',
      row('Baseline: `GET /health/live` (no auth, no database)', baseline),
      row('`GET /api/v1/quizzes/:id` (API key check + one read)', authed),
      row('Autosave: `PUT /api/v1/attempts/:id/responses/1`', autosave),
      row('Start an attempt: `POST /api/v1/quizzes/:id/attempts` (10 items frozen)', startSubmit),
      '',
      'Autosave is two statements (read the item to validate the response, then one guarded UPDATE) and no transaction.',
      '',
    ].join('\n');
    return { title: 'delivery', markdown };
  } finally {
    await bench.stop();
  }
}
