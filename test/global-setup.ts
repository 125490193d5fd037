import './register-paths';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  createScratchDatabase,
  databaseNameOf,
  EmbeddedDatabase,
  runMigrations,
} from '@markpoint/persistence';
import { TEST_DB_ENV, type TestDatabaseState } from '@markpoint/testing';

/**
 * The database for the run: DATABASE_URL's server when it is set, otherwise an embedded
 * PostgreSQL in a temporary directory. One template database is migrated once; every jest worker
 * gets its own copy, so files in different workers never see each other's rows.
 */
export default async function globalSetup(config: Config.GlobalConfig): Promise<void> {
  if (process.env[TEST_DB_ENV]) return; // integration and e2e projects share one setup
  let serverUrl = process.env.DATABASE_URL;
  let embeddedDir: string | undefined;
  let embedded: EmbeddedDatabase | undefined;
  if (!serverUrl) {
    embeddedDir = await mkdtemp(path.join(tmpdir(), 'markpoint-test-'));
    embedded = await EmbeddedDatabase.start({ dir: embeddedDir, database: 'postgres', durable: false });
    serverUrl = embedded.url;
  }
  const templateUrl = await createScratchDatabase(serverUrl, 'mp_test_tpl');
  const template = new DataSource(buildDataSourceOptions({ url: templateUrl, poolMax: 2 }));
  await template.initialize();
  await runMigrations(template);
  await template.destroy();
  const workers = Math.max(1, config.maxWorkers);
  const workerUrls: string[] = [];
  for (let i = 0; i < workers; i++) {
    workerUrls.push(await createScratchDatabase(serverUrl, `mp_test_w${i + 1}`, databaseNameOf(templateUrl)));
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'markpoint-test-data-'));
  const state: TestDatabaseState = { serverUrl, templateUrl, workerUrls, embeddedDir, dataDir };
  process.env[TEST_DB_ENV] = JSON.stringify(state);
  (globalThis as { __markpointEmbedded?: EmbeddedDatabase }).__markpointEmbedded = embedded;
}
