import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import { assertUnreachable } from '../utils/assert-unreachable';
import { roundHalfAway } from '../utils/round-half-away';

/** How a quiz with several attempts reports one score (Moodle's "grading method"). */
export type AttemptScoreMethod = 'HIGHEST' | 'LATEST' | 'FIRST' | 'AVERAGE';

export interface SubmittedAttemptScore {
  percentage: number;
  submittedAt: Date;
}

/**
 * The percentage to report for a learner: HIGHEST (max), LATEST / FIRST (by `submittedAt`; on a
 * tie the one later / earlier in the array) or AVERAGE (mean, rounded to 2 decimals). `null`
 * without attempts. Pass only graded attempts: attempts awaiting a marker would count as their
 * provisional percentage. Throws INVALID_ARGUMENT for a non-finite percentage or an invalid date.
 */
export function selectAttemptScore(
  method: AttemptScoreMethod,
  attempts: readonly SubmittedAttemptScore[],
): number | null {
  for (const [index, attempt] of attempts.entries()) {
    if (!Number.isFinite(attempt.percentage) || Number.isNaN(attempt.submittedAt.getTime())) {
      throw new GradingError(
        `Attempt ${index} has no finite percentage or valid date`,
        GradingErrorCode.INVALID_ARGUMENT,
        [{ field: `attempts[${index}]`, message: 'needs a finite percentage and a valid submittedAt' }],
      );
    }
  }
  if (attempts.length === 0) return null;

  switch (method) {
    case 'HIGHEST':
      return Math.max(...attempts.map((attempt) => attempt.percentage));
    case 'LATEST':
      return attempts.reduce((latest, attempt) =>
        attempt.submittedAt.getTime() >= latest.submittedAt.getTime() ? attempt : latest,
      ).percentage;
    case 'FIRST':
      return attempts.reduce((first, attempt) =>
        attempt.submittedAt.getTime() < first.submittedAt.getTime() ? attempt : first,
      ).percentage;
    case 'AVERAGE':
      return roundHalfAway(
        attempts.reduce((sum, attempt) => sum + attempt.percentage, 0) / attempts.length,
        2,
      );
    default:
      return assertUnreachable(method, 'Unknown attempt score method');
  }
}
