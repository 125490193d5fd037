import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveServiceSecrets } from './service-secrets';

const root = path.resolve(__dirname, '..', '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/[.-]spec\.ts$/.test(entry.name) ? [full] : [];
  });
}

// Secrets never have code defaults: a missing one is generated into DATA_DIR or refused.
describe(`${resolveServiceSecrets.name} (no secret in code)`, () => {
  const files = [...sourceFiles(path.join(root, 'apps')), ...sourceFiles(path.join(root, 'libs'))].filter(
    (file) => !file.includes(`${path.sep}libs${path.sep}testing${path.sep}`),
  );

  it('should find the service and lib sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('should hold no development secret constant', () => {
    const offenders = files.filter((file) =>
      /development-only|DEVELOPMENT_KEY_SECRET/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('should give no secret a literal fallback', () => {
    // `LTI_KEY_SECRET ?? 'x'`, `secret || "x"`, or an env class field `PLAYER_SESSION_SECRET: string = 'x'`.
    const fallbacks = [/secret\w*\s*(\?\?|\|\|)\s*['"`]/i, /_SECRET\??\s*(:\s*string\s*)?=\s*['"`]/];
    const offenders = files.filter((file) => fallbacks.some((re) => re.test(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('should leave the old constant out of the documented configuration', () => {
    for (const file of ['.env.example', 'README.md', 'docs/lti.md', 'docker-compose.yml']) {
      expect(readFileSync(path.join(root, file), 'utf8')).not.toMatch(/development-only|development secret/);
    }
  });
});
