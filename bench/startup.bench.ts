import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, databaseNameOf, dropDatabase, findFreePort } from '@markpoint/persistence';
import type { BenchSection } from './bench-section';
import { descendantsRssMiB, fmt, median, rssMiB } from './process-stats';

const MAIN = path.resolve(__dirname, '../apps/quiz-service/src/main.js');
const LOCAL_SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = 3;

interface Start {
  readyMs: number;
  nodeRssMiB: number;
  postgresRssMiB: number;
}

/** Cold start to /health/ready, and idle memory, for the service and a bare Node HTTP server. */
export async function startupBench(): Promise<BenchSection> {
  const baseline: number[] = [];
  const fresh: Start[] = [];
  const warm: Start[] = [];
  const external: Start[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push((await timeStart(['-e', BARE_SERVER], {}, '/')).readyMs);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'markpoint-bench-'));
    await chmod(dataDir, 0o755);
    try {
      fresh.push(await timeStart([MAIN], { DATA_DIR: dataDir }));
      warm.push(await timeStart([MAIN], { DATA_DIR: dataDir }));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    const url = await createScratchDatabase(LOCAL_SERVER, 'mp_bench_start');
    try {
      external.push(await timeStart([MAIN], { DATABASE_URL: url }));
    } finally {
      await dropDatabase(LOCAL_SERVER, databaseNameOf(url));
    }
  }
  const row = (label: string, runs: Start[]): string =>
    `| ${label} | ${fmt(median(runs.map((r) => r.readyMs)))} | ${fmt(median(runs.map((r) => r.nodeRssMiB)), 1)} | ${fmt(median(runs.map((r) => r.postgresRssMiB)), 1)} |`;
  const markdown = [
    '## Cold start to ready, and idle memory',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Median of ${RUNS} runs: time from spawning \`node dist/apps/quiz-service/src/main.js\` to the first 200 from`,
    '`/health/ready` (migrations applied; on a new database the two sample specifications are ingested and a bank generated for each before listening), then resident memory after 2 s idle.',
    '',
    '| Start | Ready (ms) | Node RSS (MiB) | Embedded PostgreSQL RSS (MiB) |',
    '|---|---:|---:|---:|',
    `| Baseline: bare \`node:http\` server | ${fmt(median(baseline))} | – | – |`,
    row('Embedded PostgreSQL, first start (initdb + migrations)', fresh),
    row('Embedded PostgreSQL, second start (existing data)', warm),
    row('`DATABASE_URL` (local PostgreSQL 15, new database)', external),
    '',
  ].join('\n');
  return { title: 'startup', markdown };
}

const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

async function timeStart(
  args: string[],
  env: Record<string, string>,
  probe = '/health/ready',
): Promise<Start> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...cleanEnv(),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitFor200(`http://127.0.0.1:${port}${probe}`, child, () => stderr);
    const readyMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 2000));
    const pid = child.pid ?? 0;
    return { readyMs, nodeRssMiB: rssMiB(pid), postgresRssMiB: descendantsRssMiB(pid) };
  } finally {
    await stop(child);
  }
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  return env;
}

async function waitFor200(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
