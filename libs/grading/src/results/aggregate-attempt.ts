import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { ItemGrade } from '../items/item-grade';
import { roundHalfAway } from '../utils/round-half-away';

/** One graded item of an attempt, with the marking points it assesses. */
export interface AttemptItemGrade {
  itemId: string;
  markingPointKeys: string[];
  grade: ItemGrade;
}

/** The attempt's result on one marking point. */
export interface MarkingPointResult {
  markingPointKey: string;
  score: number;
  maxScore: number;
  /** 0–100, 2 decimals; 0 when maxScore is 0. */
  percentage: number;
}

export type AttemptStatus = 'GRADED' | 'AWAITING_MANUAL';

export interface AttemptResult {
  score: number;
  maxScore: number;
  /** 0–100, 2 decimals; 0 when maxScore is 0. */
  percentage: number;
  /**
   * Whether the percentage reaches the pass mark. While items await a marker it is `true` if the
   * marked items already pass, `false` if full marks on every pending item still cannot, else `null`.
   */
  passed: boolean | null;
  status: AttemptStatus;
  /** One entry per marking point, in order of first appearance. */
  breakdown: MarkingPointResult[];
}

// Scores carry 2 decimals, so sums only drift in the last binary digits; this keeps a computed
// 59.99999999999999 % from failing a 60 % pass mark.
const PERCENT_SLACK = 1e-9;

/**
 * Totals an attempt. score and maxScore are the sums over items (pending items count with score 0
 * and their full maxScore); the status is AWAITING_MANUAL while any item is PENDING_MANUAL. The
 * pass decision compares the unrounded percentage with `passMarkPercent` (inclusive). In the
 * breakdown an item aligned to several marking points counts its full score and maxScore toward
 * each of them (a key repeated on one item counts once), so breakdown totals may exceed the
 * attempt's. Throws INVALID_ARGUMENT for a pass mark outside 0–100, a repeated itemId or a grade
 * whose score is outside 0–maxScore.
 */
export function aggregateAttempt(items: readonly AttemptItemGrade[], passMarkPercent: number): AttemptResult {
  if (!Number.isFinite(passMarkPercent) || passMarkPercent < 0 || passMarkPercent > 100) {
    throw invalidArgument('passMarkPercent', 'must be between 0 and 100');
  }
  assertItems(items);

  let score = 0;
  let maxScore = 0;
  let pendingMaxScore = 0;
  let anyPending = false;
  const byKey = new Map<string, { score: number; maxScore: number }>();
  for (const { markingPointKeys, grade } of items) {
    score += grade.score;
    maxScore += grade.maxScore;
    if (grade.status === 'PENDING_MANUAL') {
      anyPending = true;
      pendingMaxScore += grade.maxScore;
    }
    for (const key of new Set(markingPointKeys)) {
      const total = byKey.get(key) ?? { score: 0, maxScore: 0 };
      total.score += grade.score;
      total.maxScore += grade.maxScore;
      byKey.set(key, total);
    }
  }

  const status: AttemptStatus = anyPending ? 'AWAITING_MANUAL' : 'GRADED';
  const reachesPassMark = (points: number): boolean =>
    maxScore === 0 ? passMarkPercent === 0 : (points / maxScore) * 100 + PERCENT_SLACK >= passMarkPercent;
  let passed: boolean | null = reachesPassMark(score);
  if (status === 'AWAITING_MANUAL' && !passed)
    passed = reachesPassMark(score + pendingMaxScore) ? null : false;

  return {
    score: round2(score),
    maxScore: round2(maxScore),
    percentage: percentageOf(score, maxScore),
    passed,
    status,
    breakdown: [...byKey].map(([markingPointKey, total]) => ({
      markingPointKey,
      score: round2(total.score),
      maxScore: round2(total.maxScore),
      percentage: percentageOf(total.score, total.maxScore),
    })),
  };
}

function assertItems(items: readonly AttemptItemGrade[]): void {
  const seen = new Set<string>();
  for (const { itemId, grade } of items) {
    if (seen.has(itemId)) throw invalidArgument('items', `item ${itemId} appears twice`);
    seen.add(itemId);
    const { score, maxScore } = grade;
    if (!Number.isFinite(score) || !Number.isFinite(maxScore) || score < 0 || score > maxScore) {
      throw invalidArgument('items', `item ${itemId} has a score outside 0–maxScore`);
    }
  }
}

function percentageOf(score: number, maxScore: number): number {
  return maxScore === 0 ? 0 : round2((score / maxScore) * 100);
}

function round2(value: number): number {
  return roundHalfAway(value, 2);
}

function invalidArgument(field: string, message: string): GradingError {
  return new GradingError(`${field} ${message}`, GradingErrorCode.INVALID_ARGUMENT, [{ field, message }]);
}
