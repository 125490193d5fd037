import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '@markpoint/persistence';
import { WebhookPublisher } from '@markpoint/webhooks';
import { LtiPassbackEntity } from './lti-passback.entity';
import type { PassbackFailure } from './passback-failure';
import { PASSBACK_QUEUE, type PassbackJob } from './passback.listener';
import { nextDelayMs, PASSBACK_POLICY, type PassbackPolicy } from './passback-policy';

const MAX_ERROR = 1000;

/**
 * Writes what a try ended in onto the passback row: delivered, scheduled again (the next job is
 * queued in the same transaction, so a pending row always has one), or dead-lettered with the
 * passback.failed webhook. Every outcome but a plain delivery is logged.
 */
@Injectable()
export class PassbackOutcomes {
  private readonly logger = new Logger('PassbackWorker');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly webhooks: WebhookPublisher,
    @Inject(PASSBACK_POLICY) private readonly policy: PassbackPolicy,
  ) {}

  async delivered(
    p: LtiPassbackEntity,
    lineItemUrl: string,
    statusCode: number,
    note: string | null = null,
  ): Promise<void> {
    await this.dataSource.getRepository(LtiPassbackEntity).update(
      { id: p.id, status: 'PENDING' },
      {
        status: 'DELIVERED',
        tries: p.tries + 1,
        lineItemUrl,
        deliveredAt: new Date(),
        nextTryAt: null,
        lastStatusCode: statusCode,
        lastError: note,
      },
    );
    if (note) this.logger.log(`Passback ${p.id} counted as delivered: ${note}`);
  }

  /** Schedules the next try, or dead-letters the row when the failure is final or tries are spent. */
  async failed(p: LtiPassbackEntity, failure: PassbackFailure, error?: unknown): Promise<void> {
    const tries = p.tries + 1;
    if (failure.unexpected)
      this.logger.error(
        `Passback ${p.id} try ${tries} failed: ${failure.message}`,
        error instanceof Error ? error.stack : undefined,
      );
    if (!failure.retryable || tries >= this.policy.maxTries) {
      await this.deadLetter({ ...p, tries }, failure.status, failure.message);
      return;
    }
    const delay = nextDelayMs(this.policy, tries, failure.retryAfterMs);
    const nextTryAt = new Date(Date.now() + delay);
    await this.dataSource.transaction(async (m) => {
      const result = await m.getRepository(LtiPassbackEntity).update(
        { id: p.id, status: 'PENDING' },
        {
          tries,
          nextTryAt,
          lastStatusCode: failure.status,
          lastError: failure.message.slice(0, MAX_ERROR),
        },
      );
      if (!result.affected) return; // re-sent or settled meanwhile: that path owns the next job
      await this.queue.send<PassbackJob>(
        PASSBACK_QUEUE,
        { passbackId: p.id },
        { manager: m, startAfter: nextTryAt },
      );
    });
    this.logger.warn(`Passback ${p.id} try ${tries} failed (${failure.message}); next in ${delay} ms`);
  }

  async deadLetter(p: LtiPassbackEntity, status: number | null, message: string): Promise<void> {
    const lastError = message.slice(0, MAX_ERROR);
    const settled = await this.dataSource.transaction(async (m) => {
      const result = await m
        .getRepository(LtiPassbackEntity)
        .update(
          { id: p.id, status: 'PENDING' },
          { status: 'FAILED', tries: p.tries, nextTryAt: null, lastStatusCode: status, lastError },
        );
      if (!result.affected) return false;
      await this.webhooks.publish(
        p.tenantId,
        'passback.failed',
        {
          passbackId: p.id,
          attemptId: p.attemptId,
          userId: p.userId,
          tag: p.tag,
          scoreGiven: p.scoreGiven,
          scoreMaximum: p.scoreMaximum,
          tries: p.tries,
          lastStatusCode: status,
          lastError,
        },
        m,
      );
      return true;
    });
    if (settled) this.logger.warn(`Passback ${p.id} dead-lettered after ${p.tries} tries: ${message}`);
  }
}
