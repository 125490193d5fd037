import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createScratchDatabase, databaseNameOf, dropDatabase } from '@markpoint/persistence';
import { TestLtiPlatform } from '@markpoint/testing';
import type { BenchSection } from './bench-section';
import { SERVER } from './bench-service';
import {
  COUNTS_REQUEST,
  LTIJS_FIRST_PAGE,
  type ChildCounts,
  type LtijsChildConfig,
  type LtijsChildReady,
  type MarkpointChildReady,
} from './lti-children';
import { cpuMs, postgresCpuMs, fmt, percentile } from './process-stats';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'samples/specs/003_e400544d1f727506.txt'), 'utf8');

const CONCURRENCY = 20;
const WARMUP_MS = 2_000;
/** Per kind of launch, split over ROUNDS turns. */
const MEASURE_MS = 8_000;
const ROUNDS = 2;
// A class and a half; the bench must stay under 2 minutes.
const PASSBACKS = 200;
const PASSBACK_TIMEOUT_MS = 45_000;
const RETRY_BASE_MS = 50;
// As many at once as the launch loops: a class submitting together.
const SUBMIT_CONCURRENCY = 20;
const CLIENT_ID = 'markpoint-bench-client';
const QUIZ_TITLE = 'LTI bench quiz';
// Auto-marked types only, so a submitted attempt is graded at once and its score goes out.
const AUTO_TYPES = [
  'SINGLE_CHOICE',
  'MULTIPLE_RESPONSE',
  'TRUE_FALSE',
  'ORDERING',
  'MATCHING',
  'SHORT_ANSWER',
];

interface Child<T> {
  process: ChildProcess;
  ready: T;
  /** The child's counters now. */
  counts(): Promise<ChildCounts>;
  stop(): Promise<void>;
}

/** Forks a compiled bench child and waits for the message it sends once it listens. */
async function forkChild<T>(file: string, env: NodeJS.ProcessEnv): Promise<Child<T>> {
  const child = fork(path.join(__dirname, file), [], { env: { ...process.env, ...env }, stdio: 'inherit' });
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`${file} exited (${String(code)}) before it was ready`)));
  });
  return {
    process: child,
    ready,
    counts: () =>
      new Promise<ChildCounts>((resolve) => {
        child.once('message', (message) => resolve(message as ChildCounts));
        child.send(COUNTS_REQUEST);
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The cookie pairs (name=value) of a response's Set-Cookie headers, leaving out cleared ones. */
function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}

async function expectStatus(res: Response, status: number, step: string): Promise<void> {
  if (res.status === status) return;
  const body = (await res.text()).replace(/\s+/g, ' ').slice(0, 300);
  throw new Error(`${step} answered ${res.status} (expected ${status}): ${body}`);
}

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

interface LoadResult {
  ok: number;
  failed: number;
  failures: Map<string, number>;
  seconds: number;
  latencies: number[];
  serverCpuMs: number;
  benchCpuMs: number;
  postgresCpuMs: number;
  queries: number;
  jwksFetches: number;
  /** launches/s of each turn, when merged. */
  perRound: number[];
}

/**
 * CONCURRENCY loops, each doing one whole launch after another until the time is up (a closed
 * loop, so a slow server is offered less work rather than queueing it without end).
 */
async function closedLoop(
  ms: number,
  tool: Child<unknown>,
  platform: TestLtiPlatform,
  launch: () => Promise<void>,
): Promise<LoadResult> {
  const result: LoadResult = {
    ok: 0,
    failed: 0,
    failures: new Map(),
    seconds: 0,
    latencies: [],
    serverCpuMs: 0,
    benchCpuMs: 0,
    postgresCpuMs: 0,
    queries: 0,
    jwksFetches: 0,
    perRound: [],
  };
  const serverPid = tool.process.pid ?? 0;
  const queries0 = (await tool.counts()).queries;
  const serverCpu0 = cpuMs(serverPid);
  const benchCpu0 = process.cpuUsage();
  const postgresCpu0 = postgresCpuMs();
  const jwks0 = platform.jwksFetches;
  const started = performance.now();
  const end = started + ms;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await launch();
        result.latencies.push(performance.now() - t0);
        result.ok++;
      } catch (error) {
        result.failed++;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
        result.failures.set(reason, (result.failures.get(reason) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  result.seconds = (performance.now() - started) / 1000;
  result.serverCpuMs = cpuMs(serverPid) - serverCpu0;
  const bench = process.cpuUsage(benchCpu0);
  result.benchCpuMs = (bench.user + bench.system) / 1000;
  result.postgresCpuMs = postgresCpuMs() - postgresCpu0;
  result.jwksFetches = platform.jwksFetches - jwks0;
  result.queries = (await tool.counts()).queries - queries0;
  return result;
}

/** One result from several runs of the same kind (taking turns with the others). */
function merge(runs: LoadResult[]): LoadResult {
  const failures = new Map<string, number>();
  for (const r of runs)
    for (const [reason, n] of r.failures) failures.set(reason, (failures.get(reason) ?? 0) + n);
  const sum = (f: (r: LoadResult) => number) => runs.reduce((total, r) => total + f(r), 0);
  return {
    ok: sum((r) => r.ok),
    failed: sum((r) => r.failed),
    failures,
    seconds: sum((r) => r.seconds),
    latencies: runs.flatMap((r) => r.latencies),
    serverCpuMs: sum((r) => r.serverCpuMs),
    benchCpuMs: sum((r) => r.benchCpuMs),
    postgresCpuMs: sum((r) => r.postgresCpuMs),
    queries: sum((r) => r.queries),
    jwksFetches: sum((r) => r.jwksFetches),
    perRound: runs.map((r) => r.ok / r.seconds),
  };
}

/** Runs `task` over `items`, `concurrency` at a time; the first failure fails the lot. */
async function eachLimited<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Hands out learners: new ones (`fresh`) or, round-robin, those launched before. */
class Learners {
  private next = 0;
  readonly launched: string[] = [];

  constructor(private readonly prefix: string) {}

  fresh(): string {
    const sub = `${this.prefix}-${this.next++}`;
    this.launched.push(sub);
    return sub;
  }

  again(): string {
    return this.launched[this.next++ % this.launched.length];
  }
}

/** LTI launches per second (Markpoint, first launch and relaunch, against plain ltijs) and scores per second. */
export async function ltiBench(): Promise<BenchSection> {
  const platform = await TestLtiPlatform.start({ flavour: 'moodle', clientId: CLIENT_ID });
  const cleanups: Array<() => Promise<void>> = [() => platform.close()];
  try {
    const mp = await forkChild<MarkpointChildReady>('lti-markpoint.child.js', {
      LTI_PASSBACK_RETRY_BASE_MS: String(RETRY_BASE_MS),
    });
    cleanups.unshift(mp.stop);
    const ltijsDb = await createScratchDatabase(SERVER, 'ltijs_bench');
    cleanups.push(() => dropDatabase(SERVER, databaseNameOf(ltijsDb)));
    const ltijsConfig: LtijsChildConfig = {
      databaseUrl: ltijsDb,
      platform: {
        issuer: platform.issuer,
        clientId: platform.clientId,
        authLoginUrl: platform.authLoginUrl,
        tokenUrl: platform.tokenUrl,
        jwksUrl: platform.jwksUrl,
      },
    };
    const lj = await forkChild<LtijsChildReady>('lti-ltijs.child.js', {
      BENCH_LTIJS_CONFIG: JSON.stringify(ltijsConfig),
    });
    cleanups.unshift(lj.stop);
    const db = new Client({ connectionString: mp.ready.databaseUrl });
    await db.connect();
    cleanups.unshift(() => db.end());

    // ---- Markpoint: the platform registered and a quiz, through the REST API ----
    const base = mp.ready.url;
    platform.toolJwksUrl = `${base}/lti/jwks`;
    const headers = { authorization: `Bearer ${mp.ready.key}`, 'content-type': 'application/json' };
    const post = async (p: string, body: unknown): Promise<Record<string, unknown>> => {
      const res = await fetch(`${base}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${p} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const registered = await post('/api/v1/platforms', platform.registrationBody('Bench platform'));
    const platformId = String(registered.id);
    const spec = await post('/api/v1/specs', { text: SAMPLE });
    const bank = await post(`/api/v1/specs/${String(spec.id)}/banks`, {
      seed: 'lti-bench',
      autoApproveAbove: 0,
    });
    const quiz = await post('/api/v1/quizzes', {
      bankId: bank.id,
      title: QUIZ_TITLE,
      blueprint: { total: 4, types: AUTO_TYPES },
    });
    const quizId = String(quiz.id);

    /** login → the platform signs → the form post with the state cookie → the player page. */
    const markpointLaunch = async (sub: string): Promise<void> => {
      const params = platform.loginInitiationParams({
        targetLinkUri: `${base}/lti/launch`,
        loginHint: sub,
        launch: { sub, custom: { quiz_id: quizId } },
      });
      const login = await fetch(`${base}/lti/login`, {
        method: 'POST',
        body: form(params),
        redirect: 'manual',
      });
      await expectStatus(login, 302, 'Markpoint login');
      await login.body?.cancel();
      const { idToken, state } = await platform.authorize(login.headers.get('location') ?? '');
      const launched = await fetch(`${base}/lti/launch`, {
        method: 'POST',
        headers: { cookie: cookiesOf(login) },
        body: form({ id_token: idToken, state }),
        redirect: 'manual',
      });
      await expectStatus(launched, 303, 'Markpoint launch');
      await launched.body?.cancel();
      const next = launched.headers.get('location') ?? '';
      if (!/\/play\/[^/]+$/.test(next)) throw new Error(`Markpoint launch redirected to '${next}'`);
      const page = await fetch(new URL(next, base));
      await expectStatus(page, 200, 'Markpoint player page');
      if (!(await page.text()).includes(QUIZ_TITLE))
        throw new Error('the player page does not name the quiz');
    };

    /** ltijs: login → the platform signs → the form post with the state cookie → its redirect with the ltik. */
    const ltijsBase = lj.ready.url;
    const ltijsLaunch = async (sub: string): Promise<void> => {
      const params = platform.loginInitiationParams({
        targetLinkUri: `${ltijsBase}/`,
        loginHint: sub,
        launch: { sub, custom: { quiz_id: quizId } },
      });
      const login = await fetch(`${ltijsBase}/login`, {
        method: 'POST',
        body: form(params),
        redirect: 'manual',
      });
      await expectStatus(login, 302, 'ltijs login');
      await login.body?.cancel();
      const { idToken, state } = await platform.authorize(login.headers.get('location') ?? '');
      const launched = await fetch(`${ltijsBase}/`, {
        method: 'POST',
        headers: { cookie: cookiesOf(login) },
        body: form({ id_token: idToken, state }),
        redirect: 'manual',
      });
      await expectStatus(launched, 302, 'ltijs launch');
      await launched.body?.cancel();
      const next = launched.headers.get('location') ?? '';
      if (!next.includes('ltik=')) throw new Error(`ltijs launch redirected to '${next}'`);
      const page = await fetch(new URL(next, ltijsBase), { headers: { cookie: cookiesOf(launched) } });
      await expectStatus(page, 200, 'ltijs first page');
      if (!(await page.text()).includes(LTIJS_FIRST_PAGE))
        throw new Error('ltijs did not answer its first page');
    };

    // Both must really work before anything is timed (a launch that throws names its step).
    await markpointLaunch('check-markpoint');
    await ltijsLaunch('check-ltijs');

    const mpLearners = new Learners('mp');
    const ljLearners = new Learners('lj');
    // The four kinds take turns, ROUNDS times, so a slow spell of the machine (PostgreSQL's commits
    // wait for the disk) falls on all of them rather than on whichever ran then.
    const kinds: Array<{ label: string; tool: Child<unknown>; launch: () => Promise<void> }> = [
      { label: 'Markpoint first launches', tool: mp, launch: () => markpointLaunch(mpLearners.fresh()) },
      { label: 'ltijs first launches', tool: lj, launch: () => ltijsLaunch(ljLearners.fresh()) },
      { label: 'Markpoint relaunches', tool: mp, launch: () => markpointLaunch(mpLearners.again()) },
      { label: 'ltijs relaunches', tool: lj, launch: () => ltijsLaunch(ljLearners.again()) },
    ];
    const rounds: LoadResult[][] = kinds.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, kind] of kinds.entries()) {
        if (round === 0) await closedLoop(WARMUP_MS, kind.tool, platform, kind.launch);
        const r = await closedLoop(MEASURE_MS / ROUNDS, kind.tool, platform, kind.launch);
        rounds[i].push(r);
        process.stdout.write(
          `  ${kind.label}, round ${round + 1}: ${fmt(r.ok / r.seconds)}/s, ` +
            `p50 ${fmt(percentile(r.latencies, 50))} ms, ${r.failed} failed\n`,
        );
      }
    }
    const [mpFirst, ljFirst, mpAgain, ljAgain] = rounds.map(merge);

    // ---- Scores: N learners launch, then all submit; time until every score is delivered ----
    interface PassbackRun {
      rate: number;
      submitSeconds: number;
      deliveredSeconds: number;
      delivered: number;
      failed: number;
      retries: number;
      injected: number;
      tokenRequests: number;
      timedOut: boolean;
    }
    const passbacks = async (rate: number): Promise<PassbackRun> => {
      platform.clearFaults();
      const subs = Array.from({ length: PASSBACKS }, (_, i) => `pb${Math.round(rate * 100)}-${i}`);
      await eachLimited(subs, CONCURRENCY, (sub) => markpointLaunch(sub));
      const attempts = await db.query<{ id: string }>(
        `SELECT id FROM attempts WHERE learner_ref = ANY($1) AND status = 'IN_PROGRESS'`,
        [subs.map((sub) => `lti:${platformId}:${sub}`)],
      );
      if (attempts.rows.length !== PASSBACKS)
        throw new Error(`expected ${PASSBACKS} open attempts, found ${attempts.rows.length}`);
      const ids = attempts.rows.map((row) => row.id);
      const requests0 = platform.requests.length;
      const tokens0 = platform.tokenRequests.length;
      platform.failureRate(rate);
      const started = Date.now();
      await eachLimited(ids, SUBMIT_CONCURRENCY, async (id) => {
        const res = await fetch(`${base}/api/v1/attempts/${id}/submit`, { method: 'POST', headers });
        await expectStatus(res, 201, 'submit');
        await res.body?.cancel();
      });
      const submitSeconds = (Date.now() - started) / 1000;
      let row: { delivered: number; failed: number; total: number; retries: number; last: Date | null };
      for (;;) {
        const { rows } = await db.query<{
          delivered: string;
          failed: string;
          total: string;
          retries: string | null;
          last: Date | null;
        }>(
          `SELECT count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                  count(*) FILTER (WHERE status = 'FAILED') AS failed,
                  count(*) AS total, sum(GREATEST(tries - 1, 0)) AS retries, max(delivered_at) AS last
             FROM lti_passbacks WHERE attempt_id = ANY($1)`,
          [ids],
        );
        const r = rows[0];
        row = {
          delivered: Number(r.delivered),
          failed: Number(r.failed),
          total: Number(r.total),
          retries: Number(r.retries ?? 0),
          last: r.last,
        };
        if (row.delivered + row.failed >= PASSBACKS) break;
        if (Date.now() - started > PASSBACK_TIMEOUT_MS) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      platform.clearFaults();
      const timedOut = row.delivered + row.failed < PASSBACKS;
      const serviced = platform.requests.slice(requests0);
      return {
        rate,
        submitSeconds,
        deliveredSeconds: timedOut
          ? (Date.now() - started) / 1000
          : ((row.last?.getTime() ?? Date.now()) - started) / 1000,
        delivered: row.delivered,
        failed: row.failed,
        retries: row.retries,
        timedOut,
        injected: serviced.filter((r) => r.status === 500).length,
        tokenRequests: platform.tokenRequests.length - tokens0,
      };
    };
    // The faulty run first, so the access token and the line item are fetched and created under faults too.
    process.stdout.write(`  ${PASSBACKS} scores, 20% failures…\n`);
    const faulty = await passbacks(0.2);
    process.stdout.write(`  ${PASSBACKS} scores, no failures…\n`);
    const clean = await passbacks(0);

    // ---- The section ----
    const launches = (r: LoadResult) => r.ok / r.seconds;
    const perLaunch = (ms: number, r: LoadResult) => fmt(ms / Math.max(1, r.ok + r.failed), 1);
    const row = (label: string, r: LoadResult) =>
      `| ${label} | ${fmt(launches(r))} | ${r.perRound.map((x) => fmt(x)).join(' / ')} | ` +
      `${fmt(percentile(r.latencies, 50))} | ${fmt(percentile(r.latencies, 99))} | ` +
      `${fmt(r.ok)} | ${r.failed} | ${perLaunch(r.serverCpuMs, r)} | ${perLaunch(r.benchCpuMs, r)} | ${perLaunch(r.postgresCpuMs, r)} | ` +
      `${perLaunch(r.queries, r)} | ${fmt(r.jwksFetches)} |`;
    const ratio = (a: LoadResult, b: LoadResult) => launches(a) / launches(b);
    const cores = os.cpus().length;
    // CPU the tool does not control, per launch: the load generator (and the platform it hosts) and PostgreSQL.
    const fixedCpuMs = (r: LoadResult) => (r.benchCpuMs + r.postgresCpuMs) / Math.max(1, r.ok);
    const ceilingCpu = (r: LoadResult) => fmt(fixedCpuMs(r), 1);
    const ceiling = (r: LoadResult) => (cores * 1000) / fixedCpuMs(r);
    const verdict = (x: number) => (x >= 3 ? 'meet' : 'miss');
    const failures = [mpFirst, mpAgain, ljFirst, ljAgain].flatMap((r, i) =>
      [...r.failures].map(
        ([reason, n]) =>
          `- ${['Markpoint first launch', 'Markpoint relaunch', 'ltijs first launch', 'ltijs relaunch'][i]}: ${n} × ${reason}`,
      ),
    );
    const scoreRow = (r: PassbackRun) =>
      `| ${r.rate === 0 ? 'Baseline: no failures' : `${fmt(r.rate * 100)}% of token and AGS requests answered 500`} | ` +
      `${fmt(r.submitSeconds, 2)} | ${fmt(r.deliveredSeconds, 2)} | ${fmt(r.delivered / r.deliveredSeconds, 1)} | ` +
      `${r.delivered} / ${PASSBACKS}${r.timedOut ? ' (timed out)' : ''} | ${r.failed} | ${r.retries} | ${r.injected} | ${r.tokenRequests} |`;
    const markdown = [
      '## LTI 1.3 launches and grade passback',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores shared by three parties: the bench process`,
      '(the load loops, and the test platform, which signs every id_token in process), the tool under test',
      'in a child process of its own, and PostgreSQL (each tool on its own database on the one server).',
      '',
      `A launch is the whole browser path: \`POST\` login initiation → the test platform's \`authorize()\` signs`,
      'the id_token (RS256) → the form post of id_token and state with the state cookie → `GET` the page it',
      `redirects to. ${CONCURRENCY} concurrent launch loops; each kind of launch runs ${MEASURE_MS / 1000} s in all, in ${ROUNDS} turns taken`,
      `with the other kinds (after ${WARMUP_MS / 1000} s of warm-up each), so a slow spell of the machine falls on all of them; the`,
      'launches/s of each turn are shown, as the spread from run to run is wide here (PostgreSQL waits for the disk',
      'at every commit). Every launch is checked (status codes, the redirect, the page naming the quiz) and one',
      'that fails any check is counted as failed, not timed. All learners launch one resource link in one course',
      '(a class starting a quiz).',
      '',
      '- **Markpoint** (`/lti/login`, `/lti/launch` → 303 `/play/<token>`, the player intro page): the first',
      '  launch of a new learner (`sub`) starts an attempt (4 items frozen); a relaunch resumes it. The',
      '  id_token is validated by ltijs 5.9.9 inside the service (ADR 7: `ltiaas` mode, our PostgreSQL',
      '  plugin, the platform key from our cached key set), with Markpoint\u2019s own checks around it.',
      '- **Plain ltijs 5.9.9** on PostgreSQL through ltijs-sequelize 2.4 (Sequelize pool 10, as',
      "  Markpoint\u2019s `DB_POOL_MAX`), set up as its README does (`cookies: { secure: false, sameSite: '' }`,",
      '  `devMode: false`, platform by `JWK_SET`), `onConnect` answering a small first page: login → `POST /`',
      '  → 302 `/?ltik=…` → that page with its session cookie. Listening on loopback (`deploy({ serverless: true })`',
      '  and our own `listen`). Its `onConnect` does no work of its own (no learner, link or attempt), and',
      '  plain ltijs checks less than Markpoint (not that the nonce is the one it sent, nor the deployment),',
      '  so it is a floor, not a like-for-like tool.',
      '',
      '| Launch | launches/s | per round | p50 ms | p99 ms | launches | failed | tool CPU ms/launch | bench CPU ms/launch | PostgreSQL CPU ms/launch | SQL statements/launch | platform JWKS fetches |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      row('Markpoint, first launch (new learner, attempt started)', mpFirst),
      row('Markpoint, relaunch (attempt resumed)', mpAgain),
      row('Baseline: plain ltijs, first launch', ljFirst),
      row('Baseline: plain ltijs, relaunch', ljAgain),
      '',
      `Markpoint / ltijs: **${fmt(ratio(mpFirst, ljFirst), 2)}×** on first launches, **${fmt(ratio(mpAgain, ljAgain), 2)}×** on relaunches`,
      `(the product target is ≥ 3×: first launches ${verdict(ratio(mpFirst, ljFirst))} it, relaunches ${verdict(ratio(mpAgain, ljAgain))} it).`,
      'Tool CPU is the child process\u2019s user + system time from `/proc` over the timed run, divided by the',
      'launches; PostgreSQL\u2019s CPU is not in it. Bench CPU is the bench process (load loops, HTTP client, the',
      'test platform\u2019s signing and, for ltijs, the JWKS it serves: ltijs fetches the platform\u2019s key set on',
      'every launch, Markpoint caches it). PostgreSQL CPU is every `postgres` process on the machine. SQL',
      'statements are those the tool\u2019s process sent to PostgreSQL (counted at the `pg` client, transaction',
      'control included; pg-boss\u2019s polling adds about 2 a second).',
      '',
      `**What the ${cores} cores allow.** The bench and PostgreSQL spend ${ceilingCpu(mpAgain)} ms of CPU per Markpoint relaunch`,
      `whatever the tool does, so even a tool that used no CPU at all would top out near ${fmt(ceiling(mpAgain))} relaunches/s here,`,
      `${fmt(ceiling(mpAgain) / launches(ljAgain), 1)}× the baseline; the tool\u2019s own CPU per relaunch is ${perLaunch(mpAgain.serverCpuMs, mpAgain)} ms against plain ltijs\u2019s`,
      `${perLaunch(ljAgain.serverCpuMs, ljAgain)} ms (${fmt(ljAgain.serverCpuMs / ljAgain.ok / (mpAgain.serverCpuMs / mpAgain.ok), 2)}× less).`,
      ...(failures.length > 0 ? ['', 'Failed launches:', '', ...failures] : []),
      '',
      `**Scores delivered.** ${PASSBACKS} learners launch (untimed), then their attempts are submitted through`,
      `\`POST /api/v1/attempts/:id/submit\` (${SUBMIT_CONCURRENCY} at a time, no responses: score 0); each writes one outbox row and`,
      'one pg-boss job (queue `lti-passback`); the worker gets a token (client assertion checked against the',
      'tool\u2019s `/lti/jwks`), finds or creates the line item once, and posts the score. Timed from the first',
      `submit to the last \`delivered_at\`. The service runs with \`LTI_PASSBACK_RETRY_BASE_MS=${RETRY_BASE_MS}\` (default 5,000) so`,
      'the backoff does not dominate. The failure rate is the test platform\u2019s `failureRate(0.2)`: every',
      'token, line-item and score request fails with 500 at that rate. It runs first, so it also gets the',
      'access token and creates the line item; the baseline after it reuses both.',
      '',
      '| Platform | submit all (s) | first submit → last delivered (s) | scores/s | delivered | dead-lettered | retries (tries − scores) | injected 500s | token requests |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      scoreRow(faulty),
      scoreRow(clean),
      '',
      'The passback worker takes up to 20 jobs per pg-boss fetch and sends them concurrently; pg-boss fetches',
      'at most once per polling interval (0.5 s), so one process tops out near 40 scores/s. Access tokens and',
      'line items are fetched once per platform (or column) even when a batch asks together; a failed token or',
      'line-item request fails every score waiting on it, which is why retries exceed the injected failures.',
      '(An earlier version took one job per poll, about 2 scores/s, and read the quiz on a second pool',
      'connection inside the submit transaction, so 20 concurrent submits timed out; both were fixed after',
      'this bench found them.)',
      '',
    ].join('\n');
    return { title: 'lti', markdown };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}
