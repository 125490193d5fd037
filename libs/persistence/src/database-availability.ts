import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How often an unreachable database is probed, and the Retry-After clients are given. */
const PROBE_INTERVAL_MS = 1000;
export const RETRY_AFTER_SECONDS = 5;

/**
 * Remembers whether the database is reachable, so an outage is logged once when it starts and
 * once when it ends, not once per request. While it is down, one `SELECT 1` per second finds out
 * when it is back.
 */
@Injectable()
export class DatabaseAvailability implements OnModuleDestroy {
  private readonly logger = new Logger('Database');
  private downSince: number | undefined;
  private failures = 0;
  private probe: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get reachable(): boolean {
    return this.downSince === undefined;
  }

  /** A request met an unreachable database; the first one since it was last up logs it. */
  reportUnavailable(error: unknown): void {
    this.failures++;
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.failures = 1;
    this.logger.warn(
      `The database is unreachable (${describe(error)}); requests are answered 503 until it is back`,
    );
    this.probe = setInterval(() => void this.check(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  onModuleDestroy(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = undefined;
  }

  private async check(): Promise<void> {
    if (this.probing || this.downSince === undefined || !this.dataSource.isInitialized) return;
    this.probing = true;
    try {
      await this.dataSource.query('SELECT 1');
      const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
      this.logger.log(
        `The database is reachable again after ${seconds} s (${this.failures} request(s) answered 503)`,
      );
      this.downSince = undefined;
      this.onModuleDestroy();
    } catch {
      // Still down: the next probe tries again; nothing more to log.
    } finally {
      this.probing = false;
    }
  }
}

function describe(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const e = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : 'no message';
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
