import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { toBoolean } from '@markpoint/persistence';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

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

  @IsString()
  HOST: string = '0.0.0.0';

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
  };
}

export const appConfig = (env: AppEnv) => registerAs(APP_CONFIG, () => toAppConfig(env));
