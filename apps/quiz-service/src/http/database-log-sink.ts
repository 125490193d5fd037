import pino from 'pino';
import { PinoLogger } from 'nestjs-pino';
import type { DatabaseLogSink } from '@markpoint/persistence';
import type { AppConfig } from '../config/app.config';

/**
 * TypeORM's messages go to the app's pino logger (the same JSON stream as every request log);
 * before Nest has built it (migrations at start-up), to a pino logger at the same level.
 */
export function databaseLogSink(config: AppConfig): () => DatabaseLogSink {
  let boot: DatabaseLogSink | undefined;
  return () =>
    PinoLogger.root ??
    (boot ??= pino({ level: config.logLevel, base: undefined }).child({ context: 'TypeORM' }));
}
