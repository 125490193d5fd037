import { Injectable, Logger, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseAvailability } from '../database-availability';
import { isDatabaseUnavailable } from '../utils/database-errors';

export const JOB_SCHEMA = 'pgboss';

export interface QueuePolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled each time with retryBackoff. */
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
}

export type JobHandler<T> = (job: { id: string; data: T; retryCount: number }) => Promise<void>;

/**
 * pg-boss on the service's own PostgreSQL (schema `pgboss`, created by a migration). Jobs are
 * taken with SKIP LOCKED, so every replica works the same queues. `send` can join the caller's
 * transaction, so a job exists exactly when the row that needs it was committed (an outbox).
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss?: PgBoss;
  private readonly queues = new Map<string, QueuePolicy>();
  private readonly workers: { name: string; handler: JobHandler<unknown>; batchSize: number }[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly availability?: DatabaseAvailability,
  ) {}

  /** Declares a queue; call from a provider's constructor or onModuleInit. */
  defineQueue(name: string, policy: QueuePolicy): void {
    this.queues.set(name, policy);
  }

  /**
   * Registers a worker; it starts taking jobs once the app is initialised. pg-boss fetches at most
   * once per polling interval, so `batchSize` jobs are taken together and run concurrently; each
   * fails or completes on its own (a throwing handler fails only its job, which pg-boss retries).
   */
  work<T>(name: string, handler: JobHandler<T>, options: { batchSize?: number } = {}): void {
    this.workers.push({ name, handler: handler as JobHandler<unknown>, batchSize: options.batchSize ?? 10 });
  }

  // pg-boss reports every lost pool client with the client attached: during an outage that is one
  // huge line per client per poll. The outage is the availability tracker's to log, once.
  private onError(error: Error): void {
    if (isDatabaseUnavailable(error) && this.availability) {
      this.availability.reportUnavailable(error);
      return;
    }
    const code = (error as { code?: unknown }).code;
    this.logger.error(`Job queue error${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`);
  }

  async onModuleInit(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOB_SCHEMA,
      max: 3,
      migrate: false,
      schedule: false,
      application_name: 'markpoint-jobs',
    });
    boss.on('error', (error) => this.onError(error));
    await boss.start();
    this.boss = boss;
    for (const [name, policy] of this.queues) {
      // createQueue is idempotent; update keeps the policy in step with the code.
      await boss.createQueue(name, { name, ...policy });
      await boss.updateQueue(name, { name, ...policy });
    }
    for (const { name, handler, batchSize } of this.workers) {
      await boss.work<unknown>(
        name,
        { pollingIntervalSeconds: 0.5, batchSize, includeMetadata: true },
        async (jobs) => {
          const outcomes = await Promise.allSettled(
            jobs.map((job) => handler({ id: job.id, data: job.data, retryCount: job.retryCount })),
          );
          // Fail the jobs whose handler threw; pg-boss then completes only those still active.
          for (const [i, outcome] of outcomes.entries()) {
            if (outcome.status === 'rejected') {
              const reason: unknown = outcome.reason;
              const message = reason instanceof Error ? reason.message : String(reason);
              await boss.fail(name, jobs[i].id, { message });
            }
          }
        },
      );
    }
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: { manager?: EntityManager; startAfter?: Date; singletonKey?: string } = {},
  ): Promise<string | null> {
    if (!this.boss) throw new Error('The job queue is not started');
    const manager = options.manager;
    return this.boss.send(name, data, {
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(manager
        ? {
            db: {
              executeSql: async (text: string, values: unknown[]) => ({
                rows: await manager.query<unknown[]>(text, values),
              }),
            },
          }
        : {}),
    });
  }

  /** Stops fetching jobs of a queue (at shutdown, before waiting for the handlers running). */
  async stopWorking(name: string): Promise<void> {
    await this.boss?.offWork(name);
  }

  async onApplicationShutdown(): Promise<void> {
    // Waits for running handlers, then closes pg-boss's own pool.
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
    this.boss = undefined;
  }
}
