/** Where jest's global setup leaves the run's databases for the workers. */
export const TEST_DB_ENV = 'MARKPOINT_TEST_DATABASES';

export interface TestDatabaseState {
  serverUrl: string;
  templateUrl: string;
  workerUrls: string[];
  embeddedDir?: string;
  /** The run's DATA_DIR: the service's generated secrets live here, shared by every worker. */
  dataDir?: string;
}

export function readTestDatabaseState(): TestDatabaseState {
  const raw = process.env[TEST_DB_ENV];
  if (!raw) {
    throw new Error('No test database: run this file through the integration or e2e jest project.');
  }
  return JSON.parse(raw) as TestDatabaseState;
}
