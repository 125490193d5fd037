import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhookPublisher } from '@markpoint/webhooks';
import type { AttemptEntity } from '../entities/attempt.entity';

/** Called with the attempt GRADED, or AWAITING_MANUAL (auto-marked, a person still has to mark). */
export type AttemptResultListener = (m: EntityManager, attempt: AttemptEntity) => Promise<void>;

/**
 * What happens when an attempt is submitted or graded, inside the same transaction: webhooks
 * today, and any listener (LTI grade passback) that registers itself.
 */
@Injectable()
export class AttemptEvents {
  private readonly resultListeners: AttemptResultListener[] = [];

  constructor(private readonly webhooks: WebhookPublisher) {}

  onResult(listener: AttemptResultListener): void {
    this.resultListeners.push(listener);
  }

  async submitted(m: EntityManager, a: AttemptEntity): Promise<void> {
    await this.webhooks.publish(a.tenantId, 'attempt.submitted', summary(a), m);
  }

  async graded(m: EntityManager, a: AttemptEntity): Promise<void> {
    await this.webhooks.publish(a.tenantId, 'attempt.graded', summary(a), m);
    for (const listener of this.resultListeners) await listener(m, a);
  }

  async awaitingManual(m: EntityManager, a: AttemptEntity): Promise<void> {
    for (const listener of this.resultListeners) await listener(m, a);
  }
}

function summary(a: AttemptEntity): Record<string, unknown> {
  return {
    attemptId: a.id,
    quizId: a.quizId,
    learner: a.learnerRef,
    number: a.number,
    status: a.status,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submittedBy: a.submittedBy,
    score: a.score,
    maxScore: a.maxScore,
    percentage: a.percentage,
    passed: a.passed,
    breakdown: a.breakdown,
  };
}
