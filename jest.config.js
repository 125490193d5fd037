// Three projects: unit specs next to the code, integration specs on real PostgreSQL,
// and end-to-end specs (supertest, browser) in test/. `npm test` runs them all.
// ts-jest in transpile-only mode: type errors are `npm run check`'s job, so tests stay fast.
// (@swc/jest was faster still, but its per-platform binaries are not all on our registry and
// that breaks `npm ci`.)
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }];

const libs = ['common', 'persistence', 'spec', 'question-bank', 'delivery', 'grading', 'lti', 'testing', 'tenancy', 'webhooks'];
const moduleNameMapper = Object.fromEntries(libs.map((lib) => [`^@markpoint/${lib}$`, `<rootDir>/libs/${lib}/src`]));

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};

const withDatabase = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,test}/**/*.spec.ts'] },
    { ...base, ...withDatabase, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'] },
    { ...base, ...withDatabase, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
