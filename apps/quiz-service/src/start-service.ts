import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  resolveDatabaseServer,
  runMigrations,
  toDataSourceSettings,
  type DatabaseServer,
} from '@markpoint/persistence';
import { toAppConfig } from './config/app.config';
import { resolveServiceSecrets } from './config/service-secrets';
import { validateEnv } from './config/validate-env';
import { API_DOCS_PATH, createApp } from './create-app';
import { databaseLogSink } from './http/database-log-sink';
import { SampleContentLoader, type FirstStartReport } from './samples/sample-content.loader';

export interface RunningService {
  app: NestExpressApplication;
  url: string;
  docsUrl: string;
  database: DatabaseServer;
  firstStart: FirstStartReport;
  /** Stop accepting, let in-flight requests finish, close the pool, stop the embedded database. */
  stop(reason?: string): Promise<void>;
}

/**
 * Validates the environment, fills unset secrets from DATA_DIR (generated on the first start),
 * resolves the database (embedded when DATABASE_URL is unset),
 * applies pending migrations, then listens. Fails fast at the first wrong step.
 */
export async function startService(rawEnv: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const env = resolveServiceSecrets(validateEnv(rawEnv));
  const config = toAppConfig(env.app);
  const database = await resolveDatabaseServer({
    databaseUrl: env.database.DATABASE_URL,
    dataDir: env.database.DATA_DIR,
  });
  const log = databaseLogSink(config);
  const dataSource = new DataSource(
    buildDataSourceOptions({ ...toDataSourceSettings(env.database, database.url), log }),
  );
  let app: NestExpressApplication | undefined;
  let firstStart: FirstStartReport = { samplesLoaded: [], needsAdminKey: false };
  try {
    await migrate(database.url, env.database.DB_CONNECT_TIMEOUT_MS, log);
    await dataSource.initialize();
    app = await createApp(env, dataSource, database.url);
    firstStart = await app.get(SampleContentLoader).run(config.loadSampleSpecs);
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
  const started = app;
  const address = started.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    app: started,
    url,
    docsUrl: `${url}/${API_DOCS_PATH}`,
    database,
    firstStart,
    stop: () => (stopping ??= shutdown(started, dataSource, database, config.shutdownTimeoutMs)),
  };
}

/**
 * Migrations get a pool of their own without the request timeouts: a migration may run for
 * minutes, and waiting for another replica's advisory lock is normal.
 */
async function migrate(
  url: string,
  connectTimeoutMs: number,
  log: ReturnType<typeof databaseLogSink>,
): Promise<void> {
  const migrator = new DataSource(
    buildDataSourceOptions({
      url,
      poolMax: 1,
      connectTimeoutMs,
      applicationName: 'markpoint-migrations',
      log,
    }),
  );
  await migrator.initialize();
  try {
    await runMigrations(migrator);
  } finally {
    await migrator.destroy();
  }
}

async function shutdown(
  app: NestExpressApplication,
  dataSource: DataSource,
  database: DatabaseServer,
  timeoutMs: number,
): Promise<void> {
  const server = app.getHttpServer();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Shutdown took longer than ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    // Stop accepting first; close() resolves once in-flight requests have been answered. Keep-alive
    // sockets that go idle after their last response are closed as they appear, not at their timeout.
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    const sweeper = setInterval(() => server.closeIdleConnections(), 100);
    try {
      await Promise.race([drained, deadline]);
    } finally {
      clearInterval(sweeper);
    }
    // A client that hung up leaves its handler running after close() resolved: let the database
    // work already started finish before the pool goes.
    await Promise.race([poolIdle(dataSource), deadline]);
    // Module destroy hooks, then TypeORM closes its pool.
    await Promise.race([app.close(), deadline]);
  } finally {
    clearTimeout(timer);
    await database.stop();
  }
}

async function poolIdle(dataSource: DataSource): Promise<void> {
  const pool = (
    dataSource.driver as unknown as {
      master?: { totalCount: number; idleCount: number; waitingCount: number };
    }
  ).master;
  while (pool && (pool.waitingCount > 0 || pool.totalCount > pool.idleCount)) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
