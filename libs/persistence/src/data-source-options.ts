import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export interface DataSourceSettings {
  url: string;
  poolMax?: number;
  logQueries?: boolean;
  applicationName?: string;
}

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
    logging: settings.logQueries ? ['query', 'error'] : ['error'],
    applicationName: settings.applicationName ?? 'markpoint',
    extra: {
      max: settings.poolMax ?? 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  };
}
