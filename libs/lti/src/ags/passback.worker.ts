import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '@markpoint/persistence';
import { LtiResourceLinkEntity } from '../links/lti-resource-link.entity';
import { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { LineItemResolver } from './line-item-resolver';
import { LtiPassbackEntity } from './lti-passback.entity';
import { toPassbackFailure } from './passback-failure';
import { PassbackOutcomes } from './passback-outcomes';
import { PASSBACK_QUEUE, type PassbackJob } from './passback.listener';
import { PASSBACK_POLICY, type PassbackPolicy } from './passback-policy';
import { PlatformCallError, PlatformServices } from './platform-services';

// Moodle answers 409 to a score whose timestamp is not newer than the stored one (to the second).
const ALREADY_STORED =
  'The platform answered 409: it already holds this score (same timestamp), sent by an earlier try ' +
  'whose answer was lost; counted as delivered';

/**
 * Sends one score per job. Every failure of a try, whatever its cause, is recorded on the row and
 * retried by the passback policy (exponential backoff, Retry-After honoured) as a new job; final
 * answers (other 4xx, a score for a teacher, say) and spent tries dead-letter the row: FAILED,
 * shown in the API and on the dashboard, re-sendable, announced by the passback.failed webhook.
 */
@Injectable()
export class PassbackWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PassbackWorker.name);
  /** Tries running in this process: shutdown waits for them so no score is cut off mid-call. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly services: PlatformServices,
    private readonly lineItems: LineItemResolver,
    private readonly outcomes: PassbackOutcomes,
    @Inject(PASSBACK_POLICY) private readonly policy: PassbackPolicy,
  ) {
    services.setTimeout(policy.timeoutMs);
    // pg-boss retries only what escapes send() (the database itself failing) and what a crash left
    // behind (an expired job); every other failure reschedules here, and the sweeper catches the rest.
    queue.defineQueue(PASSBACK_QUEUE, {
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      // Longer than any try (four calls, each within the timeout, and the database work around
      // them): a job still active after this belongs to a replica that died, and is swept.
      expireInSeconds: Math.ceil((policy.timeoutMs * 5) / 1000) + 5,
    });
    queue.work<PassbackJob>(PASSBACK_QUEUE, (job) => this.track(this.send(job.data.passbackId)), {
      batchSize: 20,
    });
  }

  private get passbacks() {
    return this.dataSource.getRepository(LtiPassbackEntity);
  }

  private track(sending: Promise<void>): Promise<void> {
    this.inFlight.add(sending);
    const done = (): void => void this.inFlight.delete(sending);
    void sending.then(done, done);
    return sending;
  }

  async send(passbackId: string): Promise<void> {
    const p = await this.passbacks.findOneBy({ id: passbackId });
    if (!p || p.status !== 'PENDING') return;
    if (p.nextTryAt && p.nextTryAt.getTime() > Date.now() + 1000) return; // a stale duplicate job
    try {
      if (await this.supersede(p)) return;
      const link = await this.dataSource.getRepository(LtiResourceLinkEntity).findOneBy({ id: p.linkId });
      const platform = link
        ? await this.dataSource.getRepository(LtiPlatformEntity).findOneBy({ id: link.platformId })
        : null;
      if (!link || !platform) {
        await this.outcomes.deadLetter(p, null, 'The LTI link or its platform registration was removed');
        return;
      }
      const lineItemUrl = await this.lineItems.lineItem(platform, link, p);
      try {
        await this.services.postScore(platform, lineItemUrl, {
          userId: p.userId,
          scoreGiven: p.scoreGiven,
          scoreMaximum: p.scoreMaximum,
          activityProgress: 'Completed',
          gradingProgress: p.gradingProgress,
          timestamp: p.scoredAt.toISOString(),
        });
      } catch (error) {
        if (
          error instanceof PlatformCallError &&
          error.status === 409 &&
          (await this.onlyOursInItsSecond(p))
        ) {
          await this.outcomes.delivered(p, lineItemUrl, 409, ALREADY_STORED);
          return;
        }
        throw error;
      }
      await this.outcomes.delivered(p, lineItemUrl, 200);
    } catch (error) {
      await this.outcomes.failed(p, toPassbackFailure(error), error);
    }
  }

  /** Only the newest score of a user and column counts; an older one is never sent after it. */
  private async supersede(p: LtiPassbackEntity): Promise<boolean> {
    const [newer] = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id FROM lti_passbacks n JOIN lti_passbacks p ON p.id = $1
        WHERE n.link_id = p.link_id AND n.user_id = p.user_id AND n.tag IS NOT DISTINCT FROM p.tag
          AND n.id <> p.id AND n.status <> 'FAILED'
          AND (n.scored_at > p.scored_at OR (n.scored_at = p.scored_at AND n.created_at > p.created_at))
        LIMIT 1`,
      [p.id],
    );
    if (!newer) return false;
    await this.passbacks.update({ id: p.id, status: 'PENDING' }, { status: 'SUPERSEDED', nextTryAt: null });
    return true;
  }

  /**
   * A 409 cannot say whether the stored score is this one or a newer one. It is this one when no
   * other score of this user and column that may have reached the platform has a timestamp in the
   * same second or later: we never send an older score after a newer one.
   */
  private async onlyOursInItsSecond(p: LtiPassbackEntity): Promise<boolean> {
    const [other] = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id FROM lti_passbacks n JOIN lti_passbacks p ON p.id = $1
        WHERE n.link_id = p.link_id AND n.user_id = p.user_id AND n.tag IS NOT DISTINCT FROM p.tag
          AND n.id <> p.id AND (n.tries > 0 OR n.status = 'DELIVERED')
          AND date_trunc('second', n.scored_at) >= date_trunc('second', p.scored_at)
        LIMIT 1`,
      [p.id],
    );
    return !other;
  }

  /**
   * On shutdown: take no new jobs, then let the tries already running finish (bounded: a token and
   * a score call, each within the policy's timeout). A score cut off here was perhaps stored by
   * the platform; its retry carries the same timestamp, and the platform's 409 counts as delivered.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.stopWorking(PASSBACK_QUEUE);
    if (this.inFlight.size === 0) return;
    const boundMs = this.policy.timeoutMs * 2 + 1000;
    this.logger.log(`Waiting up to ${boundMs} ms for ${this.inFlight.size} grade passbacks in flight`);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.allSettled([...this.inFlight]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), boundMs))),
    ]);
    clearTimeout(timer);
    if (!finished)
      this.logger.warn(
        `${this.inFlight.size} grade passbacks still in flight after ${boundMs} ms; they will be retried`,
      );
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
