import { DataSource } from 'typeorm';
import { readTestDatabaseState } from '@markpoint/testing';
import { buildDataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';
import { pendingMigrations, runMigrations } from './migration-runner';
import { createScratchDatabase, databaseNameOf, dropDatabase } from './scratch-database';

async function tables(ds: DataSource): Promise<string[]> {
  const rows: { tablename: string }[] = await ds.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((r) => r.tablename);
}

describe(runMigrations.name, () => {
  const { serverUrl } = readTestDatabaseState();
  let url: string;
  const sources: DataSource[] = [];

  async function open(): Promise<DataSource> {
    const ds = new DataSource(buildDataSourceOptions({ url, poolMax: 2 }));
    await ds.initialize();
    sources.push(ds);
    return ds;
  }

  beforeEach(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_mig');
  });

  afterEach(async () => {
    await Promise.all(sources.splice(0).map((ds) => ds.destroy()));
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  it('should apply every migration up, revert every one down to an empty schema, and apply them again', async () => {
    const ds = await open();
    expect(ds.migrations.length).toBeGreaterThan(0);
    expect(await pendingMigrations(ds)).toHaveLength(ds.migrations.length);

    const applied = await runMigrations(ds);
    expect(applied).toHaveLength(ds.migrations.length);
    expect(await pendingMigrations(ds)).toEqual([]);
    const migrated = await tables(ds);
    expect(migrated).toEqual(expect.arrayContaining(['tenants', MIGRATIONS_TABLE]));

    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables(ds)).toEqual([MIGRATIONS_TABLE]);
    expect(await pendingMigrations(ds)).toHaveLength(ds.migrations.length);

    await runMigrations(ds);
    expect(await tables(ds)).toEqual(migrated);
  });

  it('should apply each migration once when two replicas start together', async () => {
    const [a, b] = [await open(), await open()];
    const [fromA, fromB] = await Promise.all([runMigrations(a), runMigrations(b)]);
    expect(fromA.length + fromB.length).toBe(a.migrations.length);
    const rows: { n: string }[] = await a.query(`SELECT count(*) AS n FROM "${MIGRATIONS_TABLE}"`);
    expect(Number(rows[0].n)).toBe(a.migrations.length);
  });
});
