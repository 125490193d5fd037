import { allowedAttempts } from '../../domain/quiz-settings';
import { Injectable } from '@nestjs/common';
import { describeTimeLimit } from '../../domain/effective-deadline';
import { toLearnerItemView, type LearnerItemView } from '../../domain/learner-item-view';
import type { AttemptEntity } from '../../entities/attempt.entity';
import type { QuizEntity } from '../../entities/quiz.entity';
import { DeliveryException, DeliveryExceptionCode } from '../../exceptions/delivery.exception';
import { AttemptRepository } from '../../repositories/attempt.repository';
import { QuizRepository } from '../../repositories/quiz.repository';

/** An attempt as the player shows it: items only through toLearnerItemView, so never a key. */
export interface PlayerAttempt {
  attempt: AttemptEntity;
  quiz: QuizEntity;
  items: LearnerItemView[];
  /** "45 min, extended from 30", or null when untimed. */
  timeLimit: string | null;
  attemptsUsed: number;
  /** null = unlimited. */
  attemptsAllowed: number | null;
}

/** Loads the attempt a player session names, scoped to the session's tenant. */
@Injectable()
export class LoadPlayerAttemptUseCase {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly quizzes: QuizRepository,
  ) {}

  async execute(input: { tenantId: string; attemptId: string }): Promise<PlayerAttempt> {
    // One statement for the attempt and its quiz.
    const attempt = await this.attempts.findWithQuiz(input.tenantId, input.attemptId);
    if (!attempt) {
      throw new DeliveryException(
        `No attempt has the id ${input.attemptId}`,
        DeliveryExceptionCode.ATTEMPT_NOT_FOUND,
      );
    }
    const quiz = attempt.quiz;
    if (!quiz || quiz.tenantId !== input.tenantId)
      throw new DeliveryException(
        `No quiz has the id ${attempt.quizId}`,
        DeliveryExceptionCode.QUIZ_NOT_FOUND,
      );
    const [items, accommodation, attemptsUsed] = await Promise.all([
      this.attempts.items(attempt.id),
      this.quizzes.accommodation(quiz.id, attempt.learnerRef),
      this.attempts.countFor(this.attempts.dataSource.manager, quiz.id, attempt.learnerRef),
    ]);
    const { timeLimitMinutes } = quiz.settings;
    return {
      attempt,
      quiz,
      items: items.map((item) => toLearnerItemView(item, attempt.seed)),
      timeLimit: describeTimeLimit(timeLimitMinutes, accommodation?.timeMultiplier ?? 1),
      attemptsUsed,
      attemptsAllowed: allowedAttempts(quiz.settings, accommodation?.extraAttempts),
    };
  }
}
