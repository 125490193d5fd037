import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseNameOf, findFreePort, urlWithDatabase } from '@markpoint/persistence';
import { readTestDatabaseState, testDatabaseUrl } from '@markpoint/testing';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'apps', 'quiz-service', 'src', 'main.ts');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real entry point, as `npm start` does, in an empty directory (no .env). */
function runMain(cwd: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(ROOT, 'test', 'utils', 'ts-register.js'), MAIN], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        LOAD_SAMPLE_SPECS: 'false',
        HOST: '127.0.0.1',
        PORT: '0',
        DB_CONNECT_TIMEOUT_MS: '1000',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    }),
  );
}

describe('Start-up failures', () => {
  const { serverUrl } = readTestDatabaseState();
  let cwd: string;
  const servers: Server[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), 'markpoint-boot-'));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await rm(cwd, { recursive: true, force: true });
  });

  it('should exit 1 with one line naming the cause and the variable, and no stack, for each operator mistake', async () => {
    const refusedPort = await findFreePort();
    // Accepts connections and never answers: a server that is up but silent.
    const silent = createServer((socket) => sockets.push(socket));
    servers.push(silent);
    const silentPort = await listen(silent);
    // The port the service is told to use is taken.
    const taken = createServer();
    servers.push(taken);
    const takenPort = await listen(taken);
    const server = new URL(serverUrl);

    const cases: [string, Record<string, string>, RegExp, string][] = [
      [
        'database missing',
        { DATABASE_URL: urlWithDatabase(serverUrl, 'mp_no_such_database') },
        /database "mp_no_such_database" does not exist/,
        'DATABASE_URL',
      ],
      [
        'role missing',
        { DATABASE_URL: `postgres://mp_no_such_role:wrong@${server.host}/postgres` },
        /refused the login \(.*mp_no_such_role/,
        'DATABASE_URL',
      ],
      [
        'connection refused',
        { DATABASE_URL: `postgres://postgres@127.0.0.1:${refusedPort}/markpoint` },
        new RegExp(`127\\.0\\.0\\.1:${refusedPort}: connection refused`),
        'DATABASE_URL',
      ],
      [
        'connection timing out',
        { DATABASE_URL: `postgres://postgres@127.0.0.1:${silentPort}/markpoint` },
        /did not answer within DB_CONNECT_TIMEOUT_MS \(1000 ms\)/,
        'DATABASE_URL',
      ],
      [
        'port in use',
        { DATABASE_URL: testDatabaseUrl(), PORT: String(takenPort) },
        new RegExp(`127\\.0\\.0\\.1:${takenPort}: the port is already in use`),
        'PORT',
      ],
    ];
    // The first run fills the transpile cache; the others then start in a few seconds each.
    const first = await runMain(cwd, cases[0][1]);
    const exits = [first, ...(await Promise.all(cases.slice(1).map(([, env]) => runMain(cwd, env))))];
    cases.forEach(([name, , cause, variable], i) => {
      const { code, stdout, stderr } = exits[i];
      const lines = stderr.trim().split('\n');
      if (lines.length !== 1) process.stdout.write(`${name}:\n${stderr}\n`);
      expect({ name, code, lines: lines.length }).toEqual({ name, code: 1, lines: 1 });
      expect(lines[0]).toMatch(/^Markpoint failed to start: /);
      expect(lines[0]).toMatch(cause);
      expect(lines[0]).toContain(variable);
      expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
    });
    expect(databaseNameOf(testDatabaseUrl())).not.toBe('mp_no_such_database');
  }, 120_000);
});
