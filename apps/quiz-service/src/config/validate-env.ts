import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DatabaseEnv } from '@markpoint/persistence';
import { AppEnv } from './app.config';

export interface ServiceEnv {
  app: AppEnv;
  database: DatabaseEnv;
}

/** Thrown when the environment is wrong; its message has one line per bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigValidationError';
  }
}

const ENV_CLASSES = { app: AppEnv, database: DatabaseEnv } as const;

/** Validates every namespace's env class; fails with one clear line per variable. */
export function validateEnv(raw: NodeJS.ProcessEnv = process.env): ServiceEnv {
  // An empty variable means "use the default", as in most deployment tools.
  const env = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const problems: string[] = [];
  const result = {} as Record<keyof typeof ENV_CLASSES, object>;
  for (const [key, cls] of Object.entries(ENV_CLASSES) as [keyof typeof ENV_CLASSES, new () => object][]) {
    const instance = plainToInstance(cls, env, { exposeDefaultValues: true, enableImplicitConversion: false });
    const errors = validateSync(instance, { skipMissingProperties: false, forbidUnknownValues: false });
    problems.push(...errors.map((e) => describe(e, env)));
    result[key] = instance;
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return result as ServiceEnv;
}

function describe(error: ValidationError, env: Record<string, string | undefined>): string {
  const message = Object.values(error.constraints ?? {})[0] ?? 'is not valid';
  const got = env[error.property];
  return `Invalid configuration: ${message}${got === undefined ? ' (it is unset)' : ` (got ${JSON.stringify(got)})`}`;
}
