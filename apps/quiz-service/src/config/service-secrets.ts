import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ConfigValidationError } from '@markpoint/common';
import type { ServiceEnv } from './validate-env';

/** The secrets the service signs and encrypts with; none has a value in code. */
export const SECRET_NAMES = ['LTI_KEY_SECRET', 'PLAYER_SESSION_SECRET'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
export type Secrets = Record<SecretName, string>;

export const SECRETS_FILE = 'secrets.json';

function configured(env: ServiceEnv): Partial<Secrets> {
  return { LTI_KEY_SECRET: env.lti.LTI_KEY_SECRET, PLAYER_SESSION_SECRET: env.app.PLAYER_SESSION_SECRET };
}

/**
 * Fills every secret the environment leaves unset from `DATA_DIR/secrets.json`, generating it
 * (random, mode 600) on the first start. Production never gets here without its secrets:
 * validateEnv refuses it first, and this refuses again rather than invent one.
 */
export function resolveServiceSecrets(env: ServiceEnv): ServiceEnv {
  const given = configured(env);
  const missing = SECRET_NAMES.filter((name) => !given[name]);
  if (missing.length === 0) return env;
  if (env.app.NODE_ENV === 'production') {
    throw new ConfigValidationError(
      missing.map((name) => `Invalid configuration: ${name} must be set in production (it is unset)`),
    );
  }
  const stored = loadOrCreateSecrets(path.join(env.database.DATA_DIR, SECRETS_FILE));
  return {
    ...env,
    app: { ...env.app, PLAYER_SESSION_SECRET: given.PLAYER_SESSION_SECRET ?? stored.PLAYER_SESSION_SECRET },
    lti: { ...env.lti, LTI_KEY_SECRET: given.LTI_KEY_SECRET ?? stored.LTI_KEY_SECRET },
  };
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function refuse(file: string, why: string): never {
  throw new ConfigValidationError([`Invalid configuration: ${file} ${why}`]);
}

/** Reads the secrets file, creating it (or adding a secret it lacks) atomically with mode 600. */
export function loadOrCreateSecrets(file: string): Secrets {
  // The directory keeps its usual mode: the embedded PostgreSQL (run as `postgres` under root) must
  // enter it; the file itself is 600.
  mkdirSync(path.dirname(file), { recursive: true });
  const existing = readSecrets(file);
  if (existing === null) {
    const fresh = Object.fromEntries(SECRET_NAMES.map((name) => [name, newSecret()])) as Secrets;
    // Written aside, then linked into place: link fails if another process got there first, and
    // then that process's secrets win, so two first starts never end with different secrets.
    const temp = writeTemp(file, fresh);
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return loadOrCreateSecrets(file);
    } finally {
      unlinkSync(temp);
    }
    return fresh;
  }
  const lacking = SECRET_NAMES.filter((name) => !existing[name]);
  if (lacking.length === 0) return existing as Secrets;
  // A secret added by a newer version: keep every stored one, add the new ones.
  const completed = { ...existing, ...Object.fromEntries(lacking.map((name) => [name, newSecret()])) };
  renameSync(writeTemp(file, completed), file);
  return completed as Secrets;
}

function writeTemp(file: string, secrets: Record<string, string>): string {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    chmodSync(temp, 0o600);
    writeSync(fd, `${JSON.stringify(secrets, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function readSecrets(file: string): Partial<Secrets> | null {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    refuse(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if ((mode & 0o077) !== 0) {
    refuse(file, `is readable by others (mode ${(mode & 0o777).toString(8)}): run 'chmod 600 ${file}'`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    refuse(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    refuse(file, 'is not valid JSON: restore it from a backup (the LTI keys are encrypted with it)');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) refuse(file, 'is not a JSON object');
  const values = parsed as Record<string, unknown>;
  const secrets: Partial<Secrets> = {};
  for (const name of SECRET_NAMES) {
    const value = values[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length < 32)
      refuse(file, `has a ${name} shorter than 32 characters`);
    secrets[name] = value;
  }
  return secrets;
}
