import { DataSource } from 'typeorm';
import { readTestDatabaseState } from '@markpoint/testing';
import { buildDataSourceOptions } from '../data-source-options';
import { runMigrations } from '../migration-runner';
import { createScratchDatabase, databaseNameOf, dropDatabase } from '../scratch-database';
import { AddItemReview1796287413952 } from './1796287413952-add-item-review';

const TIMESTAMP = 1796287413952;

describe(AddItemReview1796287413952.name, () => {
  const { serverUrl } = readTestDatabaseState();
  let url: string;
  let ds: DataSource;

  async function statuses(): Promise<Record<string, string>> {
    const rows: { id: string; status: string }[] = await ds.query('SELECT id, status FROM items');
    return Object.fromEntries(rows.map((r) => [r.id, r.status]));
  }

  async function quizSettings(): Promise<Record<string, unknown>> {
    return (await ds.query('SELECT settings FROM quizzes'))[0].settings;
  }

  /** Undoes the migrations from this one on (later ones too), leaving the schema just before it. */
  async function revertToBefore(): Promise<void> {
    for (;;) {
      const [last] = await ds.query<{ timestamp: string }[]>(
        'SELECT "timestamp" FROM schema_migrations ORDER BY "timestamp" DESC LIMIT 1',
      );
      if (Number(last.timestamp) < TIMESTAMP) return;
      await ds.undoLastMigration({ transaction: 'each' });
    }
  }

  beforeEach(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_review');
    // This test provokes a constraint violation on purpose: no error log for it.
    ds = new DataSource({ ...buildDataSourceOptions({ url, poolMax: 2 }), logging: false });
    await ds.initialize();
    await runMigrations(ds);
  });

  afterEach(async () => {
    await ds.destroy();
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  it('should approve every active item and keep quizzes to approved items, and map back on the way down', async () => {
    await revertToBefore();
    const [{ id: tenant }] = await ds.query(
      `INSERT INTO tenants (slug, name) VALUES ('t', 'T') RETURNING id`,
    );
    const [{ id: spec }] = await ds.query(
      `INSERT INTO specifications (tenant_id, title, slug, latest_version) VALUES ($1, 'S', 's', 1) RETURNING id`,
      [tenant],
    );
    const [{ id: version }] = await ds.query(
      `INSERT INTO specification_versions (specification_id, version, content_hash, source_text, parsed)
       VALUES ($1, 1, repeat('a', 64), 'x', '{}') RETURNING id`,
      [spec],
    );
    const [{ id: bank }] = await ds.query(
      `INSERT INTO question_banks (tenant_id, specification_id, specification_version_id, title, seed,
         generator_version, options, quality, item_count)
       VALUES ($1, $2, $3, 'B', 's', '1', '{}', '{}', 2) RETURNING id`,
      [tenant, spec, version],
    );
    const insertItem = async (position: number, status?: string): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO items (tenant_id, bank_id, position, type, level, marking_point_keys, current_version${status ? ', status' : ''})
           VALUES ($1, $2, $3, 'TRUE_FALSE', 'RECALL', '{mp-0000000001}', 1${status ? ', $4' : ''}) RETURNING id`,
          status ? [tenant, bank, position, status] : [tenant, bank, position],
        )
      )[0].id;
    const active = await insertItem(1);
    const retired = await insertItem(2, 'RETIRED');
    await ds.query(
      `INSERT INTO quizzes (tenant_id, bank_id, title, blueprint, settings) VALUES ($1, $2, 'Q', '{}', '{"shuffleItems": true}')`,
      [tenant, bank],
    );

    await runMigrations(ds);
    expect(await statuses()).toEqual({ [active]: 'APPROVED', [retired]: 'RETIRED' });
    expect(await quizSettings()).toEqual({ shuffleItems: true, includeDrafts: false });
    const draft = await insertItem(3);
    expect((await statuses())[draft]).toBe('DRAFT');
    await expect(insertItem(4, 'ACTIVE')).rejects.toThrow(/CHK_items_status/);

    await revertToBefore();
    // No drafts before this migration: an unreviewed item is retired rather than shown to learners.
    expect(await statuses()).toEqual({ [active]: 'ACTIVE', [retired]: 'RETIRED', [draft]: 'RETIRED' });
    expect(await quizSettings()).toEqual({ shuffleItems: true });
    const columns: { column_name: string }[] = await ds.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'item_versions'`,
    );
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['findings']));
    const afterRevert = await insertItem(5);
    expect((await statuses())[afterRevert]).toBe('ACTIVE');
  });
});
