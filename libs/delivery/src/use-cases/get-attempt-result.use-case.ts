import { Injectable } from '@nestjs/common';
import { numericKey } from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import type { AttemptEntity } from '../entities/attempt.entity';
import type { QuizEntity } from '../entities/quiz.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { AttemptRepository } from '../repositories/attempt.repository';
import { QuizRepository } from '../repositories/quiz.repository';

export interface ReviewedItem {
  position: number;
  type: string;
  score?: number;
  maxScore: number;
  correct?: boolean | null;
  status?: string;
  markingPointKeys: string[];
  key?: unknown;
  /** The correct answer in words, when the review policy shows correct answers. */
  answerText?: string;
  feedback?: { correct: string; incorrect: string };
}

export interface AttemptReview {
  attempt: AttemptEntity;
  /** What the review policy lets the learner see now. */
  visible: { score: boolean; breakdown: boolean; correctAnswers: boolean; feedback: boolean };
  items: ReviewedItem[];
}

/** An attempt after submission, filtered by the quiz's review policy (full for results readers). */
@Injectable()
export class GetAttemptResultUseCase {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly quizzes: QuizRepository,
  ) {}

  async execute(input: {
    tenantId: string;
    attemptId: string;
    full: boolean;
    now?: Date;
  }): Promise<AttemptReview> {
    const attempt = await this.attempts.findById(input.tenantId, input.attemptId);
    if (!attempt)
      throw new DeliveryException(
        `No attempt has the id ${input.attemptId}`,
        DeliveryExceptionCode.ATTEMPT_NOT_FOUND,
      );
    if (attempt.status === 'IN_PROGRESS') {
      throw new DeliveryException(
        'The attempt has not been submitted',
        DeliveryExceptionCode.RESULT_NOT_AVAILABLE,
      );
    }
    const quiz = (await this.quizzes.findById(input.tenantId, attempt.quizId))!;
    const visible = input.full
      ? { score: true, breakdown: true, correctAnswers: true, feedback: true }
      : visibleNow(quiz, input.now ?? new Date());
    const items = await this.attempts.items(attempt.id);
    return { attempt, visible, items: items.map((i) => review(i, visible)) };
  }
}

function visibleNow(quiz: QuizEntity, now: Date) {
  const { review, closesAt } = quiz.settings;
  const open =
    review.when === 'IMMEDIATELY' ||
    (review.when === 'AFTER_CLOSE' && closesAt !== null && now >= new Date(closesAt));
  return {
    score: open && review.showScore,
    breakdown: open && review.showBreakdown,
    correctAnswers: open && review.showCorrectAnswers,
    feedback: open && review.showFeedback,
  };
}

function review(item: AttemptItemEntity, visible: AttemptReview['visible']): ReviewedItem {
  const answer = visible.correctAnswers ? correctAnswer(item) : undefined;
  return {
    position: item.position,
    type: item.content.type,
    maxScore: item.maxScore,
    markingPointKeys: item.markingPointKeys,
    ...(visible.score
      ? { score: item.grade?.score, correct: item.grade?.correct ?? null, status: item.grade?.status }
      : {}),
    ...(answer ? { key: answer.key, answerText: answer.text } : {}),
    ...(visible.feedback ? { feedback: item.feedback } : {}),
  };
}

/** The key as data and in words; extended responses have none (a person marks them). */
function correctAnswer(item: AttemptItemEntity): { key: unknown; text: string | undefined } | undefined {
  const c = item.content;
  switch (c.type) {
    case 'SINGLE_CHOICE':
      return { key: c.correctOptionId, text: c.options.find((o) => o.id === c.correctOptionId)?.text };
    case 'MULTIPLE_RESPONSE':
      return {
        key: c.correctOptionIds,
        text: c.options
          .filter((o) => c.correctOptionIds.includes(o.id))
          .map((o) => o.text)
          .join('; '),
      };
    case 'TRUE_FALSE':
      return { key: c.correct, text: c.correct ? 'True' : 'False' };
    case 'ORDERING':
      return { key: c.steps.map((s) => s.id), text: c.steps.map((s) => s.text).join(' → ') };
    case 'MATCHING':
      return {
        key: Object.fromEntries(c.pairs.map((p) => [p.id, p.answer])),
        text: c.pairs.map((p) => `${p.prompt} → ${p.answer}`).join('; '),
      };
    case 'NUMERIC': {
      const key = numericKey(c, item.parameters ?? {});
      return { key, text: `${key}${c.unit ? ` ${c.unit}` : ''}` };
    }
    case 'SHORT_ANSWER':
      return { key: c.acceptedAnswers, text: c.acceptedAnswers.join(' / ') };
    case 'EXTENDED_RESPONSE':
      return undefined;
    default:
      return c satisfies never;
  }
}
