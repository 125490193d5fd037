import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { generateBank, loadPacks } from '@markpoint/question-bank';
import { parseSpecification } from '@markpoint/spec';
import type { BenchSection } from './bench-section';
import { startBenchService } from './bench-service';
import { fmt, median } from './process-stats';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'samples/specs/000_741ddd1a805137ea.txt'), 'utf8');
const SPECS = 1000;
const CONCURRENCY = 8;

/** Ingest + generate: in process (no HTTP, no database), through the API once, and 1,000 times. */
export async function ingestBench(): Promise<BenchSection> {
  const packs = loadPacks();
  const inProcess: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    generateBank(parseSpecification(variant(i)), { specId: 'bench', specVersion: 1, seed: `s${i}`, packs });
    inProcess.push(performance.now() - t);
  }
  const bench = await startBenchService('mp_bench_ingest', ['author']);
  const { service, key } = bench;
  try {
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'text/plain' };
    const live = await autocannon({ url: `${service.url}/health/live`, connections: 10, duration: 5 });

    const once = async (i: number): Promise<[number, number]> => {
      let t = performance.now();
      const spec = await fetch(`${service.url}/api/v1/specs`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Bench specification ${i}`, text: variant(i) }),
      });
      if (spec.status !== 201) throw new Error(`ingest answered ${spec.status}: ${await spec.text()}`);
      const { id } = (await spec.json()) as { id: string };
      const ingestMs = performance.now() - t;
      t = performance.now();
      const bank = await fetch(`${service.url}/api/v1/specs/${id}/banks`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{}',
      });
      if (bank.status !== 201) throw new Error(`generate answered ${bank.status}: ${await bank.text()}`);
      await bank.arrayBuffer();
      return [ingestMs, performance.now() - t];
    };
    const [singleIngest, singleGenerate] = await once(-1);
    const ingest: number[] = [];
    const generate: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SPECS) {
          const [a, b] = await once(next++);
          ingest.push(a);
          generate.push(b);
        }
      }),
    );
    const totalS = (performance.now() - started) / 1000;
    const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];
    const markdown = [
      '## Ingest and generate',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}; sample specification 000 (5 marking points, about 23 published items per bank since the checker), each request a new specification (JSON body with a distinct title), with the knowledge packs, on PostgreSQL through \`DATABASE_URL\`.`,
      '',
      '| What | Figure |',
      '|---|---:|',
      `| Baseline: \`GET /health/live\` (10 connections, 5 s) | ${fmt(live.requests.average)} req/s, p50 ${fmt(live.latency.p50)} ms |`,
      `| Parse + generate in process (median of 50, no HTTP or database) | ${fmt(median(inProcess), 1)} ms |`,
      `| One specification through the API: \`POST /specs\` | ${fmt(singleIngest, 1)} ms |`,
      `| One specification through the API: \`POST /specs/:id/banks\` | ${fmt(singleGenerate, 1)} ms |`,
      `| ${fmt(SPECS)} specifications, ${CONCURRENCY} at a time: total | ${fmt(totalS, 1)} s (${fmt(SPECS / totalS, 1)} specifications + banks per s) |`,
      `| … \`POST /specs\` p50 / p95 | ${fmt(median(ingest), 1)} / ${fmt(p95(ingest), 1)} ms |`,
      `| … \`POST /specs/:id/banks\` p50 / p95 | ${fmt(median(generate), 1)} / ${fmt(p95(generate), 1)} ms |`,
      '',
    ].join('\n');
    return { title: 'ingest', markdown };
  } finally {
    await bench.stop();
  }
}

// A different title (the derived one comes from the synopsis) and content for each request.
function variant(i: number): string {
  return SAMPLE.replace(
    'This subtopic focuses on the systematic collection',
    `This subtopic (variant ${i}) focuses on the systematic collection`,
  );
}
