export { TEST_DB_ENV, readTestDatabaseState } from './database/test-database-state';
export type { TestDatabaseState } from './database/test-database-state';
export { testDatabaseUrl, createTestDataSource, resetDatabase } from './database/test-database';
export { TestLtiPlatform } from './lti-platform/test-lti-platform';
export { CLAIMS as LTI_CLAIMS, SCOPES as LTI_SCOPES, fullRole, shortRole } from './lti-platform/claims';
export type {
  Fault,
  FaultLocation,
  LaunchOptions,
  LineItemRecord,
  PlatformFlavour,
  ScoreRecord,
  ServiceRequestRecord,
  SignOptions,
  StartOptions,
  TestMember,
  TokenRequestRecord,
} from './lti-platform/types';
