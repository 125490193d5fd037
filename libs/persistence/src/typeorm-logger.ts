import type { Logger as TypeOrmLoggerInterface, QueryRunner } from 'typeorm';

/** The subset of a pino logger TypeORM's messages go to (nestjs-pino's root logger, in the app). */
export interface DatabaseLogSink {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

/** SQL text is shortened in logs; a statement can be a multi-kilobyte insert. */
const MAX_SQL = 2000;

function sql(query: string): string {
  return query.length > MAX_SQL ? `${query.slice(0, MAX_SQL)}…` : query;
}

/**
 * TypeORM's messages as structured log lines. Parameters are never logged: they hold learners'
 * answers, keys and tokens. (TypeORM's own console loggers print them, in plain text on stdout.)
 */
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  constructor(
    private readonly sink: () => DatabaseLogSink,
    private readonly logQueries = false,
  ) {}

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (this.logQueries) this.sink().debug({ context: 'TypeORM', sql: sql(query) }, 'query');
  }

  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
    _queryRunner?: QueryRunner,
  ): void {
    const e = typeof error === 'string' ? { message: error } : error;
    const code = (e as { code?: unknown; driverError?: { code?: unknown } }).code;
    this.sink().error(
      { context: 'TypeORM', sql: sql(query), err: { message: e.message, code } },
      'query failed',
    );
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.sink().warn({ context: 'TypeORM', sql: sql(query), ms: time }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.sink().debug({ context: 'TypeORM' }, message);
  }

  logMigration(message: string): void {
    this.sink().debug({ context: 'TypeORM' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : String(message);
    // TypeORM's 'info' and 'log' are its internals (entity globs found, NOTICEs): debug detail.
    if (level === 'warn') this.sink().warn({ context: 'TypeORM' }, text);
    else this.sink().debug({ context: 'TypeORM' }, text);
  }
}
