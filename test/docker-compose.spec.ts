import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateEnv } from '../apps/quiz-service/src/config/validate-env';

// No Docker engine runs on our machines: this checks the compose file against the service itself.
const root = path.resolve(__dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Record<string, unknown>>;
  volumes?: Record<string, unknown>;
};
const dockerfile = readFileSync(path.join(root, 'docker', 'Dockerfile'), 'utf8');
const envExample = readFileSync(path.join(root, '.env.example'), 'utf8');

const service = compose.services['quiz-service'];
const db = compose.services['postgres'];
const env = service.environment as Record<string, string>;

describe('docker-compose.yml', () => {
  it('should run PostgreSQL 16 with a named volume and a health check', () => {
    expect(String(db.image)).toMatch(/^postgres:16/);
    const volumes = db.volumes as string[];
    const named = volumes.map((v) => v.split(':')[0]);
    expect(named.some((v) => Object.keys(compose.volumes ?? {}).includes(v))).toBe(true);
    expect(JSON.stringify(db.healthcheck)).toContain('pg_isready');
  });

  it('should start the service only once the database is healthy', () => {
    expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('should wire DATABASE_URL to the postgres service and name only variables the service reads', () => {
    expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\//);
    const known = new Set(
      envExample.match(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)!.map((l) => l.replace(/^#?\s*/, '').split('=')[0]),
    );
    for (const name of Object.keys(env)) expect(known).toContain(name);
    expect(() => validateEnv(env)).not.toThrow();
  });

  it('should publish the port the service listens on', () => {
    const port = validateEnv(env).app.PORT;
    expect(service.ports).toContainEqual(`${port}:${port}`);
    expect(dockerfile).toContain(`EXPOSE ${port}`);
  });

  it('should health-check the readiness path in the image and in compose', () => {
    expect(JSON.stringify(service.healthcheck)).toContain('/health/ready');
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/health\/ready/);
  });

  it('should run the image as a non-root user', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});

describe('.env.example', () => {
  it('should list every variable the service validates, with a value that validates', () => {
    const listed = Object.fromEntries(
      envExample
        .split('\n')
        .map((l) => l.replace(/^#\s*/, ''))
        .filter((l) => /^[A-Z][A-Z0-9_]+=/.test(l))
        .map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]),
    );
    const validated = validateEnv({});
    const names = [
      ...Object.keys(validated.app),
      ...Object.keys(validated.database),
      'PUBLIC_URL',
      'LOG_FORMAT',
      'DATABASE_URL',
    ];
    for (const name of names) expect(Object.keys(listed)).toContain(name);
    expect(() => validateEnv(listed)).not.toThrow();
  });
});
