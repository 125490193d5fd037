import { Injectable } from '@nestjs/common';
import { QuestionBankRepository } from '@markpoint/question-bank';
import { SpecificationRepository } from '@markpoint/spec';
import type { AttemptEntity } from '../../entities/attempt.entity';
import { AttemptRepository } from '../../repositories/attempt.repository';
import { QuizRepository } from '../../repositories/quiz.repository';
import { GetAttemptResultUseCase, type AttemptReview } from '../../use-cases/get-attempt-result.use-case';
import { SubmitAttemptUseCase } from '../../use-cases/submit-attempt.use-case';

export interface MarkingPointResultView {
  key: string;
  /** The examiner's marking point, or null when the specification no longer has it. */
  text: string | null;
  score: number;
  maxScore: number;
  percentage: number;
}

/** What the learner's review page shows, already filtered by the quiz's review policy. */
export interface PlayerReview {
  attempt: AttemptEntity;
  quizTitle: string;
  passMarkPercent: number;
  closesAt: string | null;
  reviewWhen: 'IMMEDIATELY' | 'AFTER_CLOSE' | 'NEVER';
  visible: AttemptReview['visible'];
  items: AttemptReview['items'];
  /** Every marking point of the attempt (empty unless the breakdown is visible). */
  breakdown: MarkingPointResultView[];
  /** Exam tips of the specification the bank was built from. */
  examTips: string[];
}

/**
 * The review after submission (never full: the learner sees what the policy allows), with the
 * marking points' text so the learner knows what to revise. An attempt still open past its
 * deadline is submitted here as the deadline job would, so the review never waits on the queue.
 */
@Injectable()
export class GetPlayerReviewUseCase {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly quizzes: QuizRepository,
    private readonly result: GetAttemptResultUseCase,
    private readonly submit: SubmitAttemptUseCase,
    private readonly banks: QuestionBankRepository,
    private readonly specs: SpecificationRepository,
  ) {}

  /** null while the attempt is open and its time has not run out. */
  async execute(input: { tenantId: string; attemptId: string; now?: Date }): Promise<PlayerReview | null> {
    const now = input.now ?? new Date();
    const attempt = await this.attempts.findById(input.tenantId, input.attemptId);
    if (attempt?.status === 'IN_PROGRESS') {
      if (!attempt.deadlineAt || attempt.deadlineAt > now) return null;
      await this.submit.execute({ tenantId: input.tenantId, attemptId: attempt.id, by: 'DEADLINE' });
    }
    const review = await this.result.execute({ ...input, full: false, now });
    const quiz = (await this.quizzes.findById(input.tenantId, review.attempt.quizId))!;
    const spec = await this.specification(input.tenantId, quiz.bankId);
    const texts = new Map(spec.markingPoints.map((m) => [m.key, m.text]));
    const breakdown = review.visible.breakdown
      ? (review.attempt.breakdown ?? []).map((b) => ({
          key: b.markingPointKey,
          text: texts.get(b.markingPointKey) ?? null,
          score: b.score,
          maxScore: b.maxScore,
          percentage: b.percentage,
        }))
      : [];
    return {
      attempt: review.attempt,
      quizTitle: quiz.title,
      passMarkPercent: quiz.settings.passMarkPercent,
      closesAt: quiz.settings.closesAt,
      reviewWhen: quiz.settings.review.when,
      visible: review.visible,
      items: review.items,
      breakdown,
      examTips: spec.examTips,
    };
  }

  private async specification(tenantId: string, bankId: string) {
    const bank = await this.banks.findById(tenantId, bankId);
    const version = bank ? await this.specs.findVersionById(bank.specificationVersionId) : null;
    // The bank is the tenant's; its version must belong to the bank's own specification.
    if (!bank || !version || version.specificationId !== bank.specificationId)
      return { markingPoints: [], examTips: [] };
    return {
      markingPoints: await this.specs.markingPoints(version.id),
      examTips: (version.parsed.examTips ?? []).map((t) => t.text),
    };
  }
}
