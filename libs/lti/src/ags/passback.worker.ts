import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '@markpoint/persistence';
import { WebhookPublisher } from '@markpoint/webhooks';
import { LtiResourceLinkEntity } from '../links/lti-resource-link.entity';
import { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { LtiPassbackEntity } from './lti-passback.entity';
import { PASSBACK_QUEUE, type PassbackJob } from './passback.listener';
import { nextDelayMs, PASSBACK_POLICY, type PassbackPolicy } from './passback-policy';
import { PlatformCallError, PlatformServices } from './platform-services';

/** The line item of the quiz's own grade column, and the tag Markpoint gives it. */
export const QUIZ_LINE_ITEM_TAG = 'markpoint-quiz';

/**
 * Sends one score per job. Network errors, timeouts, 5xx and 429 are retried with exponential
 * backoff (Retry-After honoured) by scheduling the next try as a new job; other 4xx (a score for
 * a teacher, say) fail at once. After the last try the row is FAILED: a dead letter shown in the
 * API and on the dashboard, re-sendable, announced by the passback.failed webhook.
 */
@Injectable()
export class PassbackWorker {
  private readonly logger = new Logger(PassbackWorker.name);
  /** One find-or-create per column at a time (jobs run in batches), and its answer kept. */
  private readonly lineItems = new Map<string, Promise<string>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly services: PlatformServices,
    private readonly webhooks: WebhookPublisher,
    @Inject(PASSBACK_POLICY) private readonly policy: PassbackPolicy,
  ) {
    services.setTimeout(policy.timeoutMs);
    // pg-boss retries only what a crash left behind (an expired job); HTTP failures reschedule here.
    queue.defineQueue(PASSBACK_QUEUE, {
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: Math.ceil((policy.timeoutMs * 4) / 1000) + 30,
    });
    queue.work<PassbackJob>(PASSBACK_QUEUE, (job) => this.send(job.data.passbackId), { batchSize: 20 });
  }

  private get passbacks() {
    return this.dataSource.getRepository(LtiPassbackEntity);
  }

  async send(passbackId: string): Promise<void> {
    const p = await this.passbacks.findOneBy({ id: passbackId });
    if (!p || p.status !== 'PENDING') return;
    if (p.nextTryAt && p.nextTryAt.getTime() > Date.now() + 1000) return; // a stale duplicate job

    // Only the newest score of a user and column counts; an older one is never sent after it.
    const [newer] = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id FROM lti_passbacks n JOIN lti_passbacks p ON p.id = $1
        WHERE n.link_id = p.link_id AND n.user_id = p.user_id AND n.tag IS NOT DISTINCT FROM p.tag
          AND n.id <> p.id AND n.status <> 'FAILED'
          AND (n.scored_at > p.scored_at OR (n.scored_at = p.scored_at AND n.created_at > p.created_at))
        LIMIT 1`,
      [p.id],
    );
    if (newer) {
      await this.passbacks.update({ id: p.id, status: 'PENDING' }, { status: 'SUPERSEDED', nextTryAt: null });
      return;
    }

    const link = await this.dataSource.getRepository(LtiResourceLinkEntity).findOneBy({ id: p.linkId });
    const platform = link
      ? await this.dataSource.getRepository(LtiPlatformEntity).findOneBy({ id: link.platformId })
      : null;
    if (!link || !platform) {
      await this.fail(p, null, 'The LTI link or its platform registration was removed');
      return;
    }
    try {
      const lineItemUrl = p.lineItemUrl ?? (await this.lineItem(platform, link, p));
      await this.services.postScore(platform, lineItemUrl, {
        userId: p.userId,
        scoreGiven: p.scoreGiven,
        scoreMaximum: p.scoreMaximum,
        activityProgress: 'Completed',
        gradingProgress: p.gradingProgress,
        timestamp: p.scoredAt.toISOString(),
      });
      await this.passbacks.update(
        { id: p.id, status: 'PENDING' },
        {
          status: 'DELIVERED',
          tries: p.tries + 1,
          lineItemUrl,
          deliveredAt: new Date(),
          nextTryAt: null,
          lastStatusCode: 200,
          lastError: null,
        },
      );
    } catch (error) {
      if (!(error instanceof PlatformCallError)) throw error;
      const tries = p.tries + 1;
      if (!error.retryable || tries >= this.policy.maxTries) {
        await this.fail({ ...p, tries }, error.status, error.message);
        return;
      }
      const delay = nextDelayMs(this.policy, tries, error.retryAfterMs);
      const nextTryAt = new Date(Date.now() + delay);
      await this.dataSource.transaction(async (m) => {
        await m
          .getRepository(LtiPassbackEntity)
          .update(
            { id: p.id, status: 'PENDING' },
            { tries, nextTryAt, lastStatusCode: error.status, lastError: error.message.slice(0, 1000) },
          );
        await this.queue.send<PassbackJob>(
          PASSBACK_QUEUE,
          { passbackId: p.id },
          { manager: m, startAfter: nextTryAt },
        );
      });
      this.logger.warn(`Passback ${p.id} try ${tries} failed (${error.message}); next in ${delay} ms`);
    }
  }

  /** The column to score: the launch's own line item, else found or created by resourceId (and tag). */
  private lineItem(
    platform: LtiPlatformEntity,
    link: LtiResourceLinkEntity,
    p: LtiPassbackEntity,
  ): Promise<string> {
    if (p.tag === null && link.lineItemUrl) return Promise.resolve(link.lineItemUrl);
    const key = `${link.id}:${p.tag ?? ''}`;
    let pending = this.lineItems.get(key);
    if (!pending) {
      pending = this.findOrCreateLineItem(platform, link, p);
      this.lineItems.set(key, pending);
      // A failure is not remembered: the next try asks the platform again.
      pending.catch(() => this.lineItems.delete(key));
    }
    return pending;
  }

  private async findOrCreateLineItem(
    platform: LtiPlatformEntity,
    link: LtiResourceLinkEntity,
    p: LtiPassbackEntity,
  ): Promise<string> {
    if (!link.lineItemsUrl)
      throw new PlatformCallError(
        'The launch announced no line items service (AGS not enabled)',
        null,
        false,
      );
    const resourceId = link.quizId ?? link.resourceLinkId;
    const tag = p.tag ?? QUIZ_LINE_ITEM_TAG;
    const [found] = await this.services.findLineItems(platform, link.lineItemsUrl, {
      resourceId,
      resourceLinkId: link.resourceLinkId,
      tag,
    });
    const item =
      found ??
      (await this.services.createLineItem(platform, link.lineItemsUrl, {
        label: p.label,
        scoreMaximum: p.scoreMaximum,
        resourceId,
        resourceLinkId: link.resourceLinkId,
        tag,
      }));
    if (p.tag === null)
      await this.dataSource.query(
        'UPDATE lti_resource_links SET line_item_url = $2 WHERE id = $1 AND line_item_url IS NULL',
        [link.id, item.id],
      );
    return item.id;
  }

  private async fail(p: LtiPassbackEntity, status: number | null, message: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const result = await m.getRepository(LtiPassbackEntity).update(
        { id: p.id, status: 'PENDING' },
        {
          status: 'FAILED',
          tries: p.tries,
          nextTryAt: null,
          lastStatusCode: status,
          lastError: message.slice(0, 1000),
        },
      );
      if (!result.affected) return;
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
          lastError: message.slice(0, 1000),
        },
        m,
      );
    });
    this.logger.warn(`Passback ${p.id} dead-lettered after ${p.tries} tries: ${message}`);
  }

  /** Puts a dead letter (or a pending one) back in the queue now. */
  async resend(tenantId: string, id: string): Promise<LtiPassbackEntity | null> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(LtiPassbackEntity);
      const p = await repo.findOneBy({ id, tenantId });
      if (!p) return null;
      if (p.status === 'DELIVERED' || p.status === 'SUPERSEDED') return p;
      await repo.update({ id }, { status: 'PENDING', tries: 0, nextTryAt: null });
      await this.queue.send<PassbackJob>(PASSBACK_QUEUE, { passbackId: id }, { manager: m });
      return repo.findOneByOrFail({ id });
    });
  }
}
