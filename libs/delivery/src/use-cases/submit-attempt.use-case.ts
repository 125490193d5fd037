import { Injectable, Logger } from '@nestjs/common';
import {
  aggregateAttempt,
  gradeItem,
  responseShapeProblem,
  type AttemptResult,
  type ItemResponse,
} from '@markpoint/grading';
import type { EntityManager } from 'typeorm';
import { assertTransition } from '../domain/attempt-state';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import type { AttemptEntity } from '../entities/attempt.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { AttemptRepository } from '../repositories/attempt.repository';
import { QuizRepository } from '../repositories/quiz.repository';
import { AttemptEvents } from './attempt-events';

export type SubmittedBy = 'LEARNER' | 'DEADLINE' | 'CLIENT';

/**
 * Submits and grades an attempt in one transaction. Idempotent: a second submit (another tab,
 * the deadline job) returns the attempt as it is.
 */
@Injectable()
export class SubmitAttemptUseCase {
  private readonly logger = new Logger(SubmitAttemptUseCase.name);

  constructor(
    private readonly attempts: AttemptRepository,
    private readonly quizzes: QuizRepository,
    private readonly events: AttemptEvents,
  ) {}

  async execute(input: { tenantId?: string; attemptId: string; by: SubmittedBy }): Promise<AttemptEntity> {
    return this.attempts.dataSource.transaction(async (m) => {
      const attempt = await this.attempts.lockById(m, input.attemptId);
      if (!attempt || (input.tenantId && attempt.tenantId !== input.tenantId)) {
        throw new DeliveryException(
          `No attempt has the id ${input.attemptId}`,
          DeliveryExceptionCode.ATTEMPT_NOT_FOUND,
        );
      }
      if (attempt.status !== 'IN_PROGRESS') return attempt;
      const quiz = await this.quizzes.findById(attempt.tenantId, attempt.quizId, m);
      const items = await this.attempts.items(attempt.id, m);
      const grades = items.map((item) => ({
        id: item.id,
        itemId: item.itemId,
        markingPointKeys: item.markingPointKeys,
        grade: gradeItem(item.content, item.maxScore, this.storedResponse(item), {
          parameters: item.parameters ?? undefined,
        }),
      }));
      await this.attempts.saveGrades(m, grades);
      assertTransition(attempt.status, 'SUBMITTED');
      attempt.status = 'SUBMITTED';
      attempt.submittedAt = new Date();
      attempt.submittedBy = input.by;
      const result = aggregateAttempt(grades, quiz?.settings.passMarkPercent ?? 50);
      await this.applyResult(m, attempt, result);
      await this.events.submitted(m, attempt);
      return attempt;
    });
  }

  // Older code stored responses of any shape; such a row is graded as no answer, never a failure.
  private storedResponse(item: AttemptItemEntity): ItemResponse | null {
    if (item.response === null) return null;
    const problem = responseShapeProblem(item.content.type, item.response);
    if (problem === null) return item.response;
    this.logger.warn(
      `Attempt ${item.attemptId} item ${item.position}: the stored response ${problem}; graded as unanswered`,
    );
    return null;
  }

  /** SUBMITTED → GRADED, or → AWAITING_MANUAL while a person still has to mark. */
  async applyResult(m: EntityManager, attempt: AttemptEntity, result: AttemptResult): Promise<void> {
    const next = result.status === 'GRADED' ? 'GRADED' : 'AWAITING_MANUAL';
    if (attempt.status !== next) assertTransition(attempt.status, next);
    attempt.status = next;
    attempt.score = result.score;
    attempt.maxScore = result.maxScore;
    attempt.percentage = result.percentage;
    attempt.passed = result.passed;
    attempt.breakdown = result.breakdown.map(({ markingPointKey, score, maxScore, percentage }) => ({
      markingPointKey,
      score,
      maxScore,
      percentage,
    }));
    if (next === 'GRADED') attempt.gradedAt = new Date();
    await m.save(attempt);
    if (next === 'GRADED') await this.events.graded(m, attempt);
    else await this.events.awaitingManual(m, attempt);
  }
}
