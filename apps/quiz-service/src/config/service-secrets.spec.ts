import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigValidationError } from '@markpoint/common';
import { resolveServiceSecrets, SECRETS_FILE } from './service-secrets';
import { validateEnv } from './validate-env';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the start to be refused');
}

describe(resolveServiceSecrets.name, () => {
  let dataDir: string;
  const file = () => path.join(dataDir, SECRETS_FILE);
  const sut = (env: NodeJS.ProcessEnv = {}) =>
    resolveServiceSecrets(validateEnv({ DATA_DIR: dataDir, ...env }));

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'markpoint-secrets-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should generate random secrets into DATA_DIR/secrets.json with mode 600 on the first start', () => {
    const env = sut();
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file(), 'utf8')) as Record<string, string>;
    expect(env.lti.LTI_KEY_SECRET).toBe(stored.LTI_KEY_SECRET);
    expect(env.app.PLAYER_SESSION_SECRET).toBe(stored.PLAYER_SESSION_SECRET);
    expect(env.lti.LTI_KEY_SECRET).toMatch(/^[\w-]{43}$/);
    expect(env.app.PLAYER_SESSION_SECRET).not.toBe(env.lti.LTI_KEY_SECRET);

    const otherDir = mkdtempSync(path.join(tmpdir(), 'markpoint-secrets-'));
    try {
      const other = resolveServiceSecrets(validateEnv({ DATA_DIR: otherDir }));
      expect(other.lti.LTI_KEY_SECRET).not.toBe(env.lti.LTI_KEY_SECRET);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('should create a missing DATA_DIR that the embedded PostgreSQL can still enter', () => {
    const nested = path.join(dataDir, 'fresh');
    resolveServiceSecrets(validateEnv({ DATA_DIR: nested }));
    expect(statSync(nested).mode & 0o001).toBe(0o001);
    expect(statSync(path.join(nested, SECRETS_FILE)).mode & 0o777).toBe(0o600);
  });

  it('should reuse the stored secrets on the next start', () => {
    const first = sut();
    const second = sut();
    expect(second.lti.LTI_KEY_SECRET).toBe(first.lti.LTI_KEY_SECRET);
    expect(second.app.PLAYER_SESSION_SECRET).toBe(first.app.PLAYER_SESSION_SECRET);
  });

  it('should prefer configured secrets and write no file when every secret is configured', () => {
    const configured = { LTI_KEY_SECRET: 'k'.repeat(40), PLAYER_SESSION_SECRET: 'p'.repeat(40) };
    const env = sut(configured);
    expect(env.lti.LTI_KEY_SECRET).toBe(configured.LTI_KEY_SECRET);
    expect(env.app.PLAYER_SESSION_SECRET).toBe(configured.PLAYER_SESSION_SECRET);
    expect(() => statSync(file())).toThrow(/ENOENT/);
  });

  it('should add a secret the stored file lacks and keep the stored ones', () => {
    writeFileSync(file(), JSON.stringify({ LTI_KEY_SECRET: 's'.repeat(43) }), { mode: 0o600 });
    const env = sut();
    expect(env.lti.LTI_KEY_SECRET).toBe('s'.repeat(43));
    expect(env.app.PLAYER_SESSION_SECRET).toMatch(/^[\w-]{43}$/);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({
      LTI_KEY_SECRET: env.lti.LTI_KEY_SECRET,
      PLAYER_SESSION_SECRET: env.app.PLAYER_SESSION_SECRET,
    });
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('should refuse to start, with one line, when the file is readable by group or others', () => {
    sut();
    chmodSync(file(), 0o640);
    const problems = problemsOf(() => sut());
    expect(problems).toEqual([
      `Invalid configuration: ${file()} is readable by others (mode 640): run 'chmod 600 ${file()}'`,
    ]);
  });

  it('should refuse to start when the file is not valid JSON, rather than overwrite it', () => {
    writeFileSync(file(), '{"LTI_KEY_SECRET": ', { mode: 0o600 });
    expect(problemsOf(() => sut())).toHaveLength(1);
    expect(readFileSync(file(), 'utf8')).toBe('{"LTI_KEY_SECRET": ');
  });

  it('should refuse production without configured secrets and never generate them', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://quiz.example.org', DATA_DIR: dataDir };
    const problems = problemsOf(() => validateEnv(production));
    expect(problems.filter((p) => /LTI_KEY_SECRET|PLAYER_SESSION_SECRET/.test(p))).toHaveLength(2);
    const env = validateEnv({
      ...production,
      LTI_KEY_SECRET: 'k'.repeat(40),
      PLAYER_SESSION_SECRET: 'p'.repeat(40),
    });
    expect(
      problemsOf(() => resolveServiceSecrets({ ...env, lti: { ...env.lti, LTI_KEY_SECRET: undefined } })),
    ).toEqual(['Invalid configuration: LTI_KEY_SECRET must be set in production (it is unset)']);
    expect(() => statSync(file())).toThrow(/ENOENT/);
  });
});
