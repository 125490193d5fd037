import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { ItemGrade } from '../items/item-grade';
import { roundHalfAway } from '../utils/round-half-away';

// Every automatic grader reduces a response to a credit between 0 and 1; turning it into a score
// in one place keeps rounding, clamping and `correct` identical across item types.
export function gradeFromCredit(credit: number, maxScore: number, detail?: string): ItemGrade {
  assertMaxScore(maxScore);
  const clamped = Number.isFinite(credit) ? Math.min(1, Math.max(0, credit)) : 0;
  // Sums such as 0.7 + 0.2 + 0.1 = 0.9999999999999999 are full credit, not a near miss.
  const bounded = 1 - clamped < 1e-9 ? 1 : clamped;
  // Full credit is exactly maxScore; anything else is rounded and may never round up past it.
  const score = bounded === 1 ? maxScore : Math.min(maxScore, roundHalfAway(bounded * maxScore, 2));
  return { score: score === 0 ? 0 : score, maxScore, status: 'GRADED', correct: bounded === 1, detail };
}

export function pendingManual(maxScore: number, detail: string): ItemGrade {
  assertMaxScore(maxScore);
  return { score: 0, maxScore, status: 'PENDING_MANUAL', correct: null, detail };
}

export function assertMaxScore(maxScore: number): void {
  // Scores are stored with 2 decimals, so a max score with more could never be reached exactly.
  if (!Number.isFinite(maxScore) || maxScore < 0 || roundHalfAway(maxScore, 2) !== maxScore) {
    throw new GradingError(
      `maxScore must be a finite number ≥ 0 with at most 2 decimals (got ${maxScore})`,
      GradingErrorCode.INVALID_ARGUMENT,
      [{ field: 'maxScore', message: 'finite, ≥ 0, at most 2 decimals' }],
    );
  }
}

export function invalidContent(field: string, message: string): GradingError {
  return new GradingError(`Invalid item content: ${field} ${message}`, GradingErrorCode.INVALID_CONTENT, [
    { field, message },
  ]);
}
