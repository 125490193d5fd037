import { DataSource } from 'typeorm';
import { validateEnvClasses } from '@markpoint/common';
import {
  buildDataSourceOptions,
  createScratchDatabase,
  databaseNameOf,
  DatabaseEnv,
  dropDatabase,
  resolveDatabaseServer,
  runMigrations,
} from '@markpoint/persistence';

/** Runs `fn` with the service's database (DATABASE_URL, or the embedded one under DATA_DIR). */
export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { database: env } = validateEnvClasses({ database: DatabaseEnv }, process.env);
  const server = await resolveDatabaseServer({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    attachToRunning: true,
  });
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}

/** Runs `fn` with a new database on the same server, migrated to the latest version, dropped afterwards. */
export async function withScratchMigratedDatabase<T>(
  serverUrl: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const url = await createScratchDatabase(serverUrl, 'mp_scratch');
  try {
    await withDataSource(url, (ds) => runMigrations(ds));
    return await fn(url);
  } finally {
    await dropDatabase(serverUrl, databaseNameOf(url));
  }
}

export async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(buildDataSourceOptions({ url, poolMax: 2, applicationName: 'markpoint-cli' }));
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    // A Nest context built on it may already have closed it.
    if (ds.isInitialized) await ds.destroy();
  }
}
