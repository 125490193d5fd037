import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const EVERY_MS = 5 * 60 * 1000;

/** Deletes nonces whose tokens have expired (they can no longer be replayed), every five minutes. */
@Injectable()
export class NonceSweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NonceSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.sweep().catch((e: Error) => this.logger.warn(e.message)),
      EVERY_MS,
    );
    this.timer.unref();
  }

  async sweep(now = new Date()): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM lti_nonces WHERE expires_at < $1',
      [now],
    );
    return deleted;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
