import { DataSource } from 'typeorm';
import { buildDataSourceOptions, MIGRATIONS_TABLE } from '@markpoint/persistence';
import { readTestDatabaseState } from './test-database-state';

/** This jest worker's own database (a copy of the migrated template). */
export function testDatabaseUrl(): string {
  const { workerUrls } = readTestDatabaseState();
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const url = workerUrls[(worker - 1) % workerUrls.length];
  if (!url) throw new Error(`No database for jest worker ${worker}`);
  return url;
}

/** An initialised DataSource on this worker's database. Destroy it in afterAll. */
export async function createTestDataSource(): Promise<DataSource> {
  const dataSource = new DataSource(buildDataSourceOptions({ url: testDatabaseUrl(), poolMax: 5 }));
  await dataSource.initialize();
  return dataSource;
}

/** Empties every table but the migrations table, so each test starts from a clean, migrated schema. */
export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1`,
    [MIGRATIONS_TABLE],
  );
  if (rows.length === 0) return;
  await dataSource.query(
    `TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
  );
}
