import { Injectable } from '@nestjs/common';
import { aggregateAttempt, GradingError, markExtendedResponse } from '@markpoint/grading';
import type { AttemptEntity } from '../entities/attempt.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { AttemptRepository } from '../repositories/attempt.repository';
import { QuizRepository } from '../repositories/quiz.repository';
import { SubmitAttemptUseCase } from './submit-attempt.use-case';

/** A marker's rubric awards for one extended response; the attempt is graded with the last one. */
@Injectable()
export class MarkItemUseCase {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly quizzes: QuizRepository,
    private readonly submit: SubmitAttemptUseCase,
  ) {}

  async execute(input: {
    tenantId: string;
    attemptId: string;
    position: number;
    awards: Record<string, number>;
  }): Promise<AttemptEntity> {
    return this.attempts.dataSource.transaction(async (m) => {
      const attempt = await this.attempts.lockById(m, input.attemptId);
      if (!attempt || attempt.tenantId !== input.tenantId) {
        throw new DeliveryException(
          `No attempt has the id ${input.attemptId}`,
          DeliveryExceptionCode.ATTEMPT_NOT_FOUND,
        );
      }
      if (attempt.status !== 'AWAITING_MANUAL') {
        throw new DeliveryException(
          `The attempt is ${attempt.status}, not awaiting marking`,
          DeliveryExceptionCode.ATTEMPT_NOT_IN_PROGRESS,
        );
      }
      const items = await this.attempts.items(attempt.id, m);
      const item = items.find((i) => i.position === input.position);
      if (!item)
        throw new DeliveryException(
          `The attempt has no item ${input.position}`,
          DeliveryExceptionCode.ITEM_NOT_FOUND,
        );
      if (item.content.type !== 'EXTENDED_RESPONSE') {
        throw new DeliveryException(
          'Only extended responses are marked by hand',
          DeliveryExceptionCode.INVALID_MARKS,
        );
      }
      try {
        item.grade = markExtendedResponse(item.content, input.awards, item.maxScore);
      } catch (error) {
        if (error instanceof GradingError) {
          throw new DeliveryException(error.message, DeliveryExceptionCode.INVALID_MARKS, error.details);
        }
        throw error;
      }
      await this.attempts.saveGrades(m, [{ id: item.id, grade: item.grade }]);
      const quiz = await this.quizzes.findById(attempt.tenantId, attempt.quizId, m);
      const result = aggregateAttempt(
        items.map((i) => ({ itemId: i.itemId, markingPointKeys: i.markingPointKeys, grade: i.grade! })),
        quiz?.settings.passMarkPercent ?? 50,
      );
      await this.submit.applyResult(m, attempt, result);
      return attempt;
    });
  }
}
