import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOB_SCHEMA, JobQueue } from '@markpoint/persistence';
import { PASSBACK_QUEUE, type PassbackJob } from './passback.listener';
import { PASSBACK_POLICY, type PassbackPolicy } from './passback-policy';

const BATCH = 500;

/**
 * Finds grades left PENDING with no live job (a job pg-boss gave up on, one left active by a
 * replica killed mid-try, one lost with a wiped queue) and queues them again: at start-up and every sweep interval. One
 * replica sweeps at a time; a row is only swept once its scheduled try is overdue by a grace
 * period, so a try that is committing right now is never doubled.
 */
@Injectable()
export class PassbackSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PassbackSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(PASSBACK_POLICY) private readonly policy: PassbackPolicy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweepAndLog();
    this.timer = setInterval(() => void this.sweepAndLog(), this.policy.sweepIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sweepAndLog(): Promise<void> {
    try {
      const requeued = await this.sweep();
      if (requeued > 0)
        this.logger.warn(`Re-queued ${requeued} pending grade passbacks that had no job left`);
    } catch (error) {
      this.logger.warn(`The passback sweep failed: ${(error as Error).message}`);
    }
  }

  /** Re-queues every overdue PENDING row without a created, retry or active job; returns how many. */
  async sweep(): Promise<number> {
    const graceMs = Math.max(1000, this.policy.timeoutMs * 2);
    return this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
        ['lti-passback-sweep'],
      );
      if (!locked) return 0;
      const orphans = await m.query<{ id: string }[]>(
        `SELECT p.id FROM lti_passbacks p
          WHERE p.status = 'PENDING'
            AND p.updated_at < now() - make_interval(secs => $2 / 1000.0)
            AND (p.next_try_at IS NULL OR p.next_try_at < now() - make_interval(secs => $2 / 1000.0))
            AND NOT EXISTS (
              SELECT 1 FROM ${JOB_SCHEMA}.job j
               WHERE j.name = $1 AND j.data->>'passbackId' = p.id::text AND j.state < 'completed'
                 -- an active job past its expiry belongs to a replica that died mid-try
                 AND NOT (j.state = 'active' AND j.started_on + j.expire_in < now()))
          ORDER BY p.created_at
          LIMIT ${BATCH}
          FOR UPDATE OF p SKIP LOCKED`,
        [PASSBACK_QUEUE, graceMs],
      );
      for (const { id } of orphans) {
        await m.query('UPDATE lti_passbacks SET next_try_at = NULL, updated_at = now() WHERE id = $1', [id]);
        await this.queue.send<PassbackJob>(PASSBACK_QUEUE, { passbackId: id }, { manager: m });
      }
      return orphans.length;
    });
  }
}
