import { registerAs } from '@nestjs/config';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
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
