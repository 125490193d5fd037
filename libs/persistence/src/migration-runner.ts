import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

// Any constant works; it only has to be the same for every replica.
const MIGRATION_LOCK_KEY = 7_263_112_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that start together
 * apply each migration once; the others wait and then find nothing to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // The migrations run on the connection that holds the lock: a second connection would
    // deadlock a pool of one and could interleave with another replica.
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return await executor.executePendingMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Names of migrations that exist in code but are not applied. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const [{ exists }]: { exists: boolean }[] = await dataSource.query(
    'SELECT to_regclass($1) IS NOT NULL AS exists',
    [`"${table}"`],
  );
  const applied = new Set<string>();
  if (exists) {
    const rows: { name: string }[] = await dataSource.query(`SELECT name FROM "${table}"`);
    rows.forEach((r) => applied.add(r.name));
  }
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}
