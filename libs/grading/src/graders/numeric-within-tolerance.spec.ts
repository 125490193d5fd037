import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { gradeNumeric } from './numeric.grader';

// Key: 42,000 ÷ (24 − 15.75) = 5,090.909… → 5,091 units at 0 decimals.
const parameters = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };

describe(gradeNumeric.name, () => {
  it('should give full marks for the rounded key', () => {
    const sut = gradeNumeric(
      makeNumericContent(),
      { type: 'NUMERIC', value: 5091 },
      { maxScore: 2, parameters },
    );
    expect(sut).toEqual({
      score: 2,
      maxScore: 2,
      status: 'GRADED',
      correct: true,
      detail: 'answered 5091, key 5091',
    });
  });

  it('should give 0 for the unrounded value when the tolerance is zero', () => {
    const sut = gradeNumeric(
      makeNumericContent(),
      { type: 'NUMERIC', value: 5090.91 },
      { maxScore: 2, parameters },
    );
    expect([sut.score, sut.correct]).toEqual([0, false]);
  });

  it('should accept anything within an absolute tolerance and nothing beyond it', () => {
    const content = makeNumericContent({ tolerance: { kind: 'ABSOLUTE', value: 1 } });
    const score = (value: number) =>
      gradeNumeric(content, { type: 'NUMERIC', value }, { maxScore: 1, parameters }).score;
    expect([score(5090), score(5092), score(5089.99), score(5092.01)]).toEqual([1, 1, 0, 0]);
  });

  it('should accept within a relative tolerance of the key', () => {
    // 0.5 % of 5,091 = 25.455.
    const content = makeNumericContent({ tolerance: { kind: 'RELATIVE', value: 0.005 } });
    const score = (value: number) =>
      gradeNumeric(content, { type: 'NUMERIC', value }, { maxScore: 1, parameters }).score;
    expect([score(5116.45), score(5065.6), score(5116.5), score(5065.5)]).toEqual([1, 1, 0, 0]);
  });

  it('should give 0 for a non-finite answer', () => {
    const sut = gradeNumeric(
      makeNumericContent(),
      { type: 'NUMERIC', value: Number.NaN },
      { maxScore: 1, parameters },
    );
    expect(sut.score).toBe(0);
  });

  it('should throw MISSING_PARAMETERS without the attempt parameters', () => {
    const error = captureGradingError(() =>
      gradeNumeric(makeNumericContent(), { type: 'NUMERIC', value: 1 }, { maxScore: 1 }),
    );
    expect(error.code).toBe(GradingErrorCode.MISSING_PARAMETERS);
  });

  it('should throw NON_FINITE_RESULT when the stored parameters divide by zero', () => {
    const error = captureGradingError(() =>
      gradeNumeric(
        makeNumericContent(),
        { type: 'NUMERIC', value: 1 },
        { maxScore: 1, parameters: { ...parameters, variableCostPerUnit: 24 } },
      ),
    );
    expect(error.code).toBe(GradingErrorCode.NON_FINITE_RESULT);
  });
});
