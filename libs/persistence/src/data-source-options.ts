import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import pino from 'pino';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { TypeOrmLogger, type DatabaseLogSink } from './typeorm-logger';

export interface DataSourceSettings {
  url: string;
  poolMax?: number;
  logQueries?: boolean;
  applicationName?: string;
  /** How long to wait for a connection, new or from the pool (pg `connectionTimeoutMillis`). */
  connectTimeoutMs?: number;
  /**
   * PostgreSQL's `statement_timeout`; the client also gives up a little later, for a server that
   * is frozen rather than slow. Unset: no limit (migrations, the CLI).
   */
  statementTimeoutMs?: number;
  /** Where TypeORM's messages go; a JSON logger on stdout by default. */
  log?: () => DatabaseLogSink;
}

// A frozen server never enforces its statement_timeout: the client stops waiting this much later.
const CLIENT_TIMEOUT_SLACK_MS = 1000;

let defaultSink: DatabaseLogSink | undefined;
const defaultLog = (): DatabaseLogSink => (defaultSink ??= pino({ level: process.env.LOG_LEVEL ?? 'info' }));

// Globs are resolved from this file, so the same options work from src (jest) and dist (node).
const LIBS_ROOT = path.resolve(__dirname, '..', '..');
export const ENTITY_GLOB = path.join(LIBS_ROOT, '*', 'src', '**', '*.entity.{ts,js}');
export const MIGRATION_GLOB = path.join(__dirname, 'migrations', '[0-9]*-*.{ts,js}');
export const MIGRATIONS_TABLE = 'schema_migrations';

/** The one place the TypeORM options are built: app, CLI, TypeORM CLI and tests all use it. */
export function buildDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Schema changes go through migrations only, everywhere.
    synchronize: false,
    migrationsRun: false,
    logging: settings.logQueries ? ['query', 'error', 'warn'] : ['error', 'warn'],
    logger: new TypeOrmLogger(settings.log ?? defaultLog, settings.logQueries),
    // An idle client the server dropped; the request that meets the outage reports it.
    poolErrorHandler: (error: unknown) =>
      (settings.log ?? defaultLog)().debug({ context: 'TypeORM', err: String(error) }, 'pool client lost'),
    applicationName: settings.applicationName ?? 'markpoint',
    extra: {
      max: settings.poolMax ?? 10,
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30000,
      ...(settings.statementTimeoutMs
        ? {
            statement_timeout: settings.statementTimeoutMs,
            query_timeout: settings.statementTimeoutMs + CLIENT_TIMEOUT_SLACK_MS,
          }
        : {}),
    },
  };
}
