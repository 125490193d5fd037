import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { selectAttemptScore, type AttemptScoreMethod } from './select-attempt-score';

const attempts = [
  { percentage: 60, submittedAt: new Date('2025-03-03T10:00:00Z') },
  { percentage: 80, submittedAt: new Date('2025-03-01T10:00:00Z') },
  { percentage: 70.5, submittedAt: new Date('2025-03-02T10:00:00Z') },
];

describe(selectAttemptScore.name, () => {
  it.each<[AttemptScoreMethod, number]>([
    ['HIGHEST', 80],
    ['LATEST', 60],
    ['FIRST', 80],
    ['AVERAGE', 70.17], // 210.5 ÷ 3 = 70.1666…
  ])('should select %s as %p', (method, expected) => {
    expect(selectAttemptScore(method, attempts)).toBe(expected);
  });

  it('should break date ties by array order', () => {
    const at = new Date('2025-03-01T10:00:00Z');
    const tied = [
      { percentage: 40, submittedAt: at },
      { percentage: 90, submittedAt: at },
    ];
    expect([selectAttemptScore('FIRST', tied), selectAttemptScore('LATEST', tied)]).toEqual([40, 90]);
  });

  it('should return null without attempts', () => {
    expect(selectAttemptScore('HIGHEST', [])).toBeNull();
  });

  it('should throw INVALID_ARGUMENT for an invalid date', () => {
    const error = captureGradingError(() =>
      selectAttemptScore('LATEST', [{ percentage: 50, submittedAt: new Date('not a date') }]),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_ARGUMENT);
  });
});
