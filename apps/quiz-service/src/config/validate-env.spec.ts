import { ConfigValidationError } from '@markpoint/common';
import { validateEnv } from './validate-env';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    validateEnv(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the environment to be refused');
}

describe(validateEnv.name, () => {
  it('should apply the documented defaults to an empty environment', () => {
    const env = validateEnv({});
    expect(env.app).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    expect(env.database).toMatchObject({
      DATA_DIR: './.data',
      DB_POOL_MAX: 10,
      DB_LOG_QUERIES: false,
      DB_CONNECT_TIMEOUT_MS: 3000,
      DB_STATEMENT_TIMEOUT_MS: 10000,
    });
    expect(env.database.DATABASE_URL).toBeUndefined();
  });

  it('should treat an empty variable as unset', () => {
    expect(validateEnv({ PORT: '', DATABASE_URL: '' }).app.PORT).toBe(3000);
  });

  it('should convert numbers and booleans from strings', () => {
    const env = validateEnv({
      PORT: '8080',
      DB_POOL_MAX: '25',
      DB_LOG_QUERIES: 'true',
      LOAD_SAMPLE_SPECS: '0',
    });
    expect(env.app.PORT).toBe(8080);
    expect(env.database.DB_POOL_MAX).toBe(25);
    expect(env.database.DB_LOG_QUERIES).toBe(true);
    expect(env.app.LOAD_SAMPLE_SPECS).toBe(false);
  });

  it('should refuse a non-numeric PORT with one line naming it and the value', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([
      'Invalid configuration: PORT must be an integer between 0 and 65535 (got "abc")',
    ]);
  });

  it('should refuse a DATABASE_URL that is not a PostgreSQL URL', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://root@localhost/db' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  it('should require PUBLIC_URL in production and say it is unset', () => {
    const problems = problemsOf({ NODE_ENV: 'production' }).filter((p) => p.includes('PUBLIC_URL'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Invalid configuration: PUBLIC_URL must be an http\(s\) URL.*\(it is unset\)$/,
    );
  });

  it('should require a real LTI_KEY_SECRET in production', () => {
    const unset = problemsOf({ NODE_ENV: 'production', PUBLIC_URL: 'https://quiz.example.org' });
    expect(unset.filter((p) => p.includes('LTI_KEY_SECRET'))).toHaveLength(1);
    const short = problemsOf({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://quiz.example.org',
      LTI_KEY_SECRET: 'short',
    });
    expect(short.filter((p) => p.includes('LTI_KEY_SECRET must be at least 32 characters'))).toHaveLength(1);
  });

  it('should report every wrong variable, one line each', () => {
    const problems = problemsOf({
      LOG_LEVEL: 'loud',
      DB_POOL_MAX: 'many',
      BODY_LIMIT: 'huge',
      DB_LOG_QUERIES: 'perhaps',
    });
    expect(problems.map((p) => p.split(' ')[2])).toEqual([
      'LOG_LEVEL',
      'BODY_LIMIT',
      'DB_POOL_MAX',
      'DB_LOG_QUERIES',
    ]);
  });

  it('should hide the value of a wrong secret', () => {
    const problems = problemsOf({ PLAYER_SESSION_SECRET: 'too-short-secret' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('PLAYER_SESSION_SECRET');
    expect(problems[0]).toContain('(got 16 characters, hidden)');
    expect(problems[0]).not.toContain('too-short-secret');
  });
});
