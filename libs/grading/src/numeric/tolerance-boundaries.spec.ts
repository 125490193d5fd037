import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { isWithinTolerance } from './numeric-key';

describe(isWithinTolerance.name, () => {
  it('should include both ends of an absolute tolerance', () => {
    const tolerance = { kind: 'ABSOLUTE', value: 0.5 } as const;
    expect(isWithinTolerance(99.5, 100, tolerance)).toBe(true);
    expect(isWithinTolerance(100.5, 100, tolerance)).toBe(true);
    expect(isWithinTolerance(100.51, 100, tolerance)).toBe(false);
    expect(isWithinTolerance(99.49, 100, tolerance)).toBe(false);
  });

  it('should not let binary rounding push a boundary answer outside', () => {
    // 1.1 − 1.0 is 0.10000000000000009 in binary floating point.
    expect(isWithinTolerance(1.1, 1, { kind: 'ABSOLUTE', value: 0.1 })).toBe(true);
  });

  it('should read a relative tolerance as a fraction of the key', () => {
    const tolerance = { kind: 'RELATIVE', value: 0.01 } as const;
    // 1 % of 5,091 is 50.91.
    expect(isWithinTolerance(5141.91, 5091, tolerance)).toBe(true);
    expect(isWithinTolerance(5040.09, 5091, tolerance)).toBe(true);
    expect(isWithinTolerance(5142, 5091, tolerance)).toBe(false);
    expect(isWithinTolerance(-25.25, -25, tolerance)).toBe(true);
    expect(isWithinTolerance(-25.26, -25, tolerance)).toBe(false);
  });

  it('should demand an exact answer with zero tolerance or a zero key under a relative tolerance', () => {
    expect(isWithinTolerance(37.5, 37.5, { kind: 'ABSOLUTE', value: 0 })).toBe(true);
    expect(isWithinTolerance(37.51, 37.5, { kind: 'ABSOLUTE', value: 0 })).toBe(false);
    expect(isWithinTolerance(0.001, 0, { kind: 'RELATIVE', value: 0.5 })).toBe(false);
  });

  it('should never accept a non-finite answer', () => {
    expect(isWithinTolerance(Number.NaN, 1, { kind: 'ABSOLUTE', value: 1e9 })).toBe(false);
    expect(isWithinTolerance(Number.POSITIVE_INFINITY, 1, { kind: 'RELATIVE', value: 1 })).toBe(false);
  });

  it('should throw INVALID_CONTENT for a negative tolerance', () => {
    const error = captureGradingError(() => isWithinTolerance(1, 1, { kind: 'ABSOLUTE', value: -1 }));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
