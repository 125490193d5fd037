import { registerAs } from '@nestjs/config';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import type { DataSourceSettings } from '../data-source-options';
import { toBoolean, toInteger } from '../utils/env-transform';

/** Environment variables the persistence lib reads, validated at boot. */
export class DatabaseEnv {
  /** A postgres:// URL. When unset, an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded database (and other local state) lives. */
  @IsString()
  DATA_DIR: string = './.data';

  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: 'DB_POOL_MAX must be an integer' })
  @Min(1)
  @Max(200)
  DB_POOL_MAX: number = 10;

  @Transform(({ value }) => toBoolean(value))
  @IsBoolean({ message: 'DB_LOG_QUERIES must be true or false' })
  DB_LOG_QUERIES: boolean = false;

  /** How long a request waits for a database connection before it is answered 503. */
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 600000' })
  @Min(100, { message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 600000' })
  @Max(600_000, { message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 600000' })
  DB_CONNECT_TIMEOUT_MS: number = 3000;

  /** The longest one SQL statement of a request may run (PostgreSQL statement_timeout). */
  @Transform(({ value }) => toInteger(value))
  @IsInt({ message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 100 to 3600000' })
  @Min(100, { message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 100 to 3600000' })
  @Max(3_600_000, { message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 100 to 3600000' })
  DB_STATEMENT_TIMEOUT_MS: number = 10000;
}

/** The service's pool settings from its environment (migrations use their own, unlimited, pool). */
export function toDataSourceSettings(env: DatabaseEnv, url: string): DataSourceSettings {
  return {
    url,
    poolMax: env.DB_POOL_MAX,
    logQueries: env.DB_LOG_QUERIES,
    connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
  };
}

export interface DatabaseConfig {
  url: string;
  dataDir: string;
  poolMax: number;
  logQueries: boolean;
}

export const DATABASE_CONFIG = 'database';

/** The resolved URL is only known after the embedded server started, so it is passed in. */
export const databaseConfig = (env: DatabaseEnv, url: string) =>
  registerAs(DATABASE_CONFIG, (): DatabaseConfig => ({
    url,
    dataDir: env.DATA_DIR,
    poolMax: env.DB_POOL_MAX,
    logQueries: env.DB_LOG_QUERIES,
  }));
