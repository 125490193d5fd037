import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { itemStatistics } from './item-statistics';

const cell = (score: number, maxScore = 1) => ({ score, maxScore });

describe(`${itemStatistics.name} when a statistic is undefined`, () => {
  it('should return nothing for no attempts', () => {
    expect(itemStatistics([])).toEqual({ items: [], internalConsistency: null });
  });

  it('should give null discrimination and alpha for a single attempt', () => {
    const sut = itemStatistics([{ attemptId: 'A', scores: { i1: cell(1), i2: cell(0) } }]);
    expect(sut.items.map((item) => item.discrimination)).toEqual([null, null]);
    expect(sut.internalConsistency).toBeNull();
  });

  it('should give null alpha for a single item', () => {
    const sut = itemStatistics([
      { attemptId: 'A', scores: { i1: cell(1) } },
      { attemptId: 'B', scores: { i1: cell(0) } },
    ]);
    expect(sut.internalConsistency).toBeNull();
    expect(sut.items[0].facility).toBe(0.5);
  });

  it('should give null discrimination for an item everyone answered the same', () => {
    const sut = itemStatistics([
      { attemptId: 'A', scores: { easy: cell(1), i2: cell(1) } },
      { attemptId: 'B', scores: { easy: cell(1), i2: cell(0) } },
    ]);
    expect(sut.items[0]).toEqual({ itemId: 'easy', attempts: 2, facility: 1, discrimination: null });
  });

  it('should give null alpha when every attempt has the same total', () => {
    const sut = itemStatistics([
      { attemptId: 'A', scores: { i1: cell(1), i2: cell(0) } },
      { attemptId: 'B', scores: { i1: cell(0), i2: cell(1) } },
    ]);
    expect(sut.internalConsistency).toBeNull();
  });

  it('should give null facility for an item worth nothing', () => {
    const sut = itemStatistics([{ attemptId: 'A', scores: { zero: cell(0, 0) } }]);
    expect(sut.items[0].facility).toBeNull();
  });

  it('should throw INVALID_ARGUMENT for a score above its maximum', () => {
    const error = captureGradingError(() => itemStatistics([{ attemptId: 'A', scores: { i1: cell(2, 1) } }]));
    expect(error.code).toBe(GradingErrorCode.INVALID_ARGUMENT);
  });
});
