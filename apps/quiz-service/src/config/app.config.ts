import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { toBoolean, toInteger } from '@markpoint/persistence';

const toInt = ({ value }: { value: unknown }) => toInteger(value);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Environment variables of the HTTP service, validated at boot. Defaults are in `.env.example`. */
export class AppEnv {
  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be development, production or test',
  })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT: number = 3000;

  /** Loopback unless told otherwise: a quick start is not reachable from the network. */
  @IsString()
  HOST: string = '127.0.0.1';

  /** The URL learners and LMSs reach the service at; required in production (LTI builds URLs from it). */
  @ValidateIf((env: AppEnv) => env.NODE_ENV === 'production' || env.PUBLIC_URL !== undefined)
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/\S*)?$/, {
    message:
      'PUBLIC_URL must be an http(s) URL such as https://quiz.example.org (required when NODE_ENV=production)',
  })
  PUBLIC_URL?: string;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** `pretty` for people, `json` for machines; by default pretty only when stdout is a terminal. */
  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: 'json' | 'pretty';

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer' })
  @Min(0)
  SHUTDOWN_TIMEOUT_MS: number = 10000;

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must be a size such as 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @Transform(({ value }) => toBoolean(value))
  @IsBoolean({ message: 'LOAD_SAMPLE_SPECS must be true or false' })
  LOAD_SAMPLE_SPECS: boolean = true;

  /** Requests per API key (or per client address without a key) per minute, per replica. */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be a positive integer' })
  @Min(1, { message: 'RATE_LIMIT_PER_MINUTE must be a positive integer' })
  RATE_LIMIT_PER_MINUTE: number = 600;

  /**
   * Signs the learner player's session tokens; every replica needs the same one, so it is required
   * in production. Elsewhere, when unset, the service generates one into DATA_DIR/secrets.json.
   */
  @ValidateIf((env: AppEnv) => env.NODE_ENV === 'production' || env.PLAYER_SESSION_SECRET !== undefined)
  @IsString({
    message: 'PLAYER_SESSION_SECRET must be at least 32 characters (required when NODE_ENV=production)',
  })
  @MinLength(32, {
    message: 'PLAYER_SESSION_SECRET must be at least 32 characters (required when NODE_ENV=production)',
  })
  PLAYER_SESSION_SECRET?: string;

  /** How long a player link stays valid. */
  @Transform(toInt)
  @IsInt({ message: 'PLAYER_SESSION_MINUTES must be an integer from 1 to 10080' })
  @Min(1, { message: 'PLAYER_SESSION_MINUTES must be an integer from 1 to 10080' })
  @Max(10080, { message: 'PLAYER_SESSION_MINUTES must be an integer from 1 to 10080' })
  PLAYER_SESSION_MINUTES: number = 240;
}

export interface AppConfig {
  env: AppEnv['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string;
  logLevel: LogLevel;
  logPretty: boolean;
  shutdownTimeoutMs: number;
  bodyLimit: string;
  loadSampleSpecs: boolean;
  rateLimitPerMinute: number;
  /** Read by the delivery lib's player as `app.playerSessionSecret` and `app.playerSessionMinutes`. */
  playerSessionSecret: string;
  playerSessionMinutes: number;
}

export const APP_CONFIG = 'app';

export function toAppConfig(env: AppEnv): AppConfig {
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_FORMAT ? env.LOG_FORMAT === 'pretty' : Boolean(process.stdout.isTTY),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    bodyLimit: env.BODY_LIMIT,
    loadSampleSpecs: env.LOAD_SAMPLE_SPECS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    playerSessionSecret: requiredSecret(env.PLAYER_SESSION_SECRET),
    playerSessionMinutes: env.PLAYER_SESSION_MINUTES,
  };
}

// resolveServiceSecrets() fills it before the app is built; never a constant in its place.
function requiredSecret(value: string | undefined): string {
  if (!value) throw new Error('PLAYER_SESSION_SECRET is not set: resolve the service secrets first');
  return value;
}

export const appConfig = (env: AppEnv) => registerAs(APP_CONFIG, () => toAppConfig(env));
