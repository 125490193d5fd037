import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtijsLaunch } from '../ltijs/ltijs-launch';

const EVERY_MS = 5 * 60 * 1000;

/**
 * Every five minutes: deletes nonces whose tokens have expired (they can no longer be replayed)
 * and ltijs's documents past their lifetime.
 */
@Injectable()
export class NonceSweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NonceSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ltijs: LtijsLaunch,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.sweep().catch((e: Error) => this.logger.warn(e.message)),
      EVERY_MS,
    );
    this.timer.unref();
  }

  /** Expired nonces and expired ltijs documents (states, id and context tokens, access tokens). */
  async sweep(now = new Date()): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM lti_nonces WHERE expires_at < $1',
      [now],
    );
    return deleted + (await this.ltijs.store.purgeExpired(now));
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
