import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Thrown when the environment is wrong; its message has one line per bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigValidationError';
  }
}

type EnvClasses = Record<string, new () => object>;
type Instances<T extends EnvClasses> = { [K in keyof T]: InstanceType<T[K]> };

/**
 * Validates each namespace's env class (defaults come from the class) and fails with one clear
 * line per wrong or missing variable, naming it.
 */
export function validateEnvClasses<T extends EnvClasses>(classes: T, raw: NodeJS.ProcessEnv): Instances<T> {
  // An empty variable means "use the default", as in most deployment tools.
  const env = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const problems: string[] = [];
  const result: Record<string, object> = {};
  for (const [key, cls] of Object.entries(classes)) {
    const instance = plainToInstance(cls, env, {
      exposeDefaultValues: true,
      enableImplicitConversion: false,
    });
    problems.push(...validateSync(instance, { forbidUnknownValues: false }).map((e) => describe(e, env)));
    result[key] = instance;
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return result as Instances<T>;
}

function describe(error: ValidationError, env: Record<string, string | undefined>): string {
  const message = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
  const got = env[error.property];
  // Secrets never reach a log or a terminal, even when they are wrong.
  const shown =
    /SECRET|PASSWORD|TOKEN|_KEY$/.test(error.property) && got !== undefined
      ? `${got.length} characters, hidden`
      : JSON.stringify(got);
  return `Invalid configuration: ${message}${got === undefined ? ' (it is unset)' : ` (got ${shown})`}`;
}
