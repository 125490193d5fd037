import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import { isNegligible, pearson, populationVariance } from './descriptive';

/** One attempt's item scores: a row of the attempts × items score matrix. */
export interface ScoreMatrixRow {
  attemptId: string;
  scores: Readonly<Record<string, { score: number; maxScore: number }>>;
}

export interface ItemStatistic {
  itemId: string;
  /** Attempts that contain the item. */
  attempts: number;
  /** Facility index: mean score ÷ mean maxScore, 0–1; `null` when the item's maxScore is 0. */
  facility: number | null;
  /**
   * Discrimination index: the point-biserial (Pearson) correlation of the item score with the
   * rest-of-test score (the attempt total without this item), −1–1; `null` with fewer than 2
   * attempts or when either score does not vary.
   */
  discrimination: number | null;
}

export interface ItemStatisticsReport {
  /** In order of first appearance in the matrix. */
  items: ItemStatistic[];
  /**
   * Cronbach's alpha over the items every attempt contains (KR-20 when they are all 0/1 items);
   * `null` with fewer than 2 such items, fewer than 2 attempts or no variance in the totals.
   */
  internalConsistency: number | null;
}

/**
 * Classical test theory statistics for a set of attempts. Raw scores are used throughout and the
 * values are not rounded. An item missing from some attempts (random pools) gets facility and
 * discrimination from the attempts that contain it and is left out of alpha, which needs a
 * complete matrix. Throws INVALID_ARGUMENT for a non-finite, negative or above-max score.
 */
export function itemStatistics(matrix: readonly ScoreMatrixRow[]): ItemStatisticsReport {
  const itemIds = collectItemIds(matrix);
  const totals = matrix.map((row) => Object.values(row.scores).reduce((sum, cell) => sum + cell.score, 0));

  const items = itemIds.map((itemId): ItemStatistic => {
    const itemScores: number[] = [];
    const restScores: number[] = [];
    let maxScoreSum = 0;
    matrix.forEach((row, index) => {
      const cell = Object.hasOwn(row.scores, itemId) ? row.scores[itemId] : undefined;
      if (!cell) return;
      itemScores.push(cell.score);
      restScores.push(totals[index] - cell.score);
      maxScoreSum += cell.maxScore;
    });
    return {
      itemId,
      attempts: itemScores.length,
      facility: maxScoreSum === 0 ? null : sum(itemScores) / maxScoreSum,
      discrimination: pearson(itemScores, restScores),
    };
  });

  return { items, internalConsistency: cronbachAlpha(matrix, itemIds) };
}

function cronbachAlpha(matrix: readonly ScoreMatrixRow[], itemIds: readonly string[]): number | null {
  const common = itemIds.filter((itemId) => matrix.every((row) => Object.hasOwn(row.scores, itemId)));
  const k = common.length;
  if (k < 2 || matrix.length < 2) return null;
  const columns = common.map((itemId) => matrix.map((row) => row.scores[itemId].score));
  const totals = matrix.map((_, index) => columns.reduce((sum, column) => sum + column[index], 0));
  const totalVariance = populationVariance(totals);
  if (isNegligible(totalVariance * totals.length, totals)) return null;
  const itemVarianceSum = columns.reduce((sum, column) => sum + populationVariance(column), 0);
  return (k / (k - 1)) * (1 - itemVarianceSum / totalVariance);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function collectItemIds(matrix: readonly ScoreMatrixRow[]): string[] {
  const ids = new Set<string>();
  for (const row of matrix) {
    for (const [itemId, cell] of Object.entries(row.scores)) {
      const { score, maxScore } = cell;
      if (![score, maxScore].every(Number.isFinite) || score < 0 || score > maxScore) {
        throw new GradingError(
          `Attempt ${row.attemptId} has an impossible score for item ${itemId}`,
          GradingErrorCode.INVALID_ARGUMENT,
          [{ field: `${row.attemptId}.${itemId}`, message: 'score must be between 0 and maxScore' }],
        );
      }
      ids.add(itemId);
    }
  }
  return [...ids];
}
