export { TEST_DB_ENV, readTestDatabaseState } from './database/test-database-state';
export type { TestDatabaseState } from './database/test-database-state';
export { testDatabaseUrl, createTestDataSource, resetDatabase } from './database/test-database';
