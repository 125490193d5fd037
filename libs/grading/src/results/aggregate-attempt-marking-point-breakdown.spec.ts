import { GradingErrorCode } from '../exceptions/grading.error';
import type { ItemGrade } from '../items/item-grade';
import { captureGradingError } from '../testing/capture-grading-error';
import { aggregateAttempt, type AttemptItemGrade } from './aggregate-attempt';

function graded(score: number, maxScore: number): ItemGrade {
  return { score, maxScore, status: 'GRADED', correct: score === maxScore };
}

// q2 assesses MP1 and MP2, so its 1.5 of 3 counts toward both.
const items: AttemptItemGrade[] = [
  { itemId: 'q1', markingPointKeys: ['MP1'], grade: graded(2, 2) },
  { itemId: 'q2', markingPointKeys: ['MP1', 'MP2'], grade: graded(1.5, 3) },
  { itemId: 'q3', markingPointKeys: ['MP2'], grade: graded(0, 1) },
  { itemId: 'q4', markingPointKeys: ['MP3', 'MP3'], grade: graded(0.33, 1) },
];

describe(aggregateAttempt.name, () => {
  it('should total the attempt and break it down per marking point', () => {
    // 3.83 ÷ 7 = 54.714…%; MP1 3.5 ÷ 5 = 70 %, MP2 1.5 ÷ 4 = 37.5 %, MP3 0.33 ÷ 1 = 33 %.
    expect(aggregateAttempt(items, 50)).toEqual({
      score: 3.83,
      maxScore: 7,
      percentage: 54.71,
      passed: true,
      status: 'GRADED',
      breakdown: [
        { markingPointKey: 'MP1', score: 3.5, maxScore: 5, percentage: 70 },
        { markingPointKey: 'MP2', score: 1.5, maxScore: 4, percentage: 37.5 },
        { markingPointKey: 'MP3', score: 0.33, maxScore: 1, percentage: 33 },
      ],
    });
  });

  it('should fail below the pass mark', () => {
    expect(aggregateAttempt(items, 55).passed).toBe(false);
  });

  it('should pass exactly at the pass mark despite binary rounding in the sum', () => {
    // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point; of 2 marks that is exactly 50 %.
    const onTheMark: AttemptItemGrade[] = [
      { itemId: 'a', markingPointKeys: [], grade: graded(0.7, 1) },
      { itemId: 'b', markingPointKeys: [], grade: graded(0.2, 0.5) },
      { itemId: 'c', markingPointKeys: [], grade: graded(0.1, 0.5) },
    ];
    const sut = aggregateAttempt(onTheMark, 50);
    expect([sut.score, sut.percentage, sut.passed, sut.breakdown]).toEqual([1, 50, true, []]);
  });

  it('should report 0 % for an attempt without marks', () => {
    expect(aggregateAttempt([], 40)).toEqual({
      score: 0,
      maxScore: 0,
      percentage: 0,
      passed: false,
      status: 'GRADED',
      breakdown: [],
    });
  });

  it.each([-1, 100.5, Number.NaN])('should throw INVALID_ARGUMENT for pass mark %p', (passMark) => {
    expect(captureGradingError(() => aggregateAttempt(items, passMark)).code).toBe(
      GradingErrorCode.INVALID_ARGUMENT,
    );
  });

  it('should throw INVALID_ARGUMENT for a repeated item or a score above its maximum', () => {
    const repeated = [...items, items[0]];
    const tooHigh = [{ itemId: 'x', markingPointKeys: [], grade: graded(3, 2) }];
    expect(captureGradingError(() => aggregateAttempt(repeated, 50)).code).toBe(
      GradingErrorCode.INVALID_ARGUMENT,
    );
    expect(captureGradingError(() => aggregateAttempt(tooHigh, 50)).code).toBe(
      GradingErrorCode.INVALID_ARGUMENT,
    );
  });
});
