import './register-paths';
import { rm } from 'node:fs/promises';
import { databaseNameOf, dropDatabase, type EmbeddedDatabase } from '@markpoint/persistence';
import { TEST_DB_ENV, type TestDatabaseState } from '@markpoint/testing';

export default async function globalTeardown(): Promise<void> {
  const raw = process.env[TEST_DB_ENV];
  if (!raw) return;
  delete process.env[TEST_DB_ENV];
  const state = JSON.parse(raw) as TestDatabaseState;
  if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
  const holder = globalThis as { __markpointEmbedded?: EmbeddedDatabase };
  if (holder.__markpointEmbedded) {
    await holder.__markpointEmbedded.stop();
    delete holder.__markpointEmbedded;
    if (state.embeddedDir) await rm(state.embeddedDir, { recursive: true, force: true });
    return;
  }
  for (const url of [...state.workerUrls, state.templateUrl]) {
    await dropDatabase(state.serverUrl, databaseNameOf(url));
  }
}
