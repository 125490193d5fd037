import path from 'node:path';
import { EmbeddedDatabase } from './embedded/embedded-database';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

export interface ResolveDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  log?: (message: string) => void;
  /** Use the embedded cluster a running service already serves, when there is one (the CLI). */
  attachToRunning?: boolean;
}

/** DATABASE_URL when set, otherwise an embedded PostgreSQL under `<dataDir>/postgres`. */
export async function resolveDatabaseServer(options: ResolveDatabaseOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  }
  const dir = path.join(options.dataDir, 'postgres');
  if (options.attachToRunning) {
    const running = await EmbeddedDatabase.runningUrl(dir, 'markpoint');
    if (running) return { url: running, embedded: true, stop: () => Promise.resolve() };
  }
  const db = await EmbeddedDatabase.start({
    dir,
    database: 'markpoint',
    durable: true,
    log: options.log,
  });
  let stopped: Promise<void> | undefined;
  return { url: db.url, embedded: true, stop: () => (stopped ??= db.stop()) };
}
