import { roundHalfAway } from '@markpoint/grading';
import { roundDecimal } from './round-decimal';

describe(roundDecimal.name, () => {
  const sut = roundDecimal;

  it.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [9.995, 2, 10],
    [123.456, 1, 123.5],
    [5090.909090909091, 0, 5091],
    [37.5, 0, 38],
    [1e-7, 6, 0],
    [5e-7, 6, 0.000001],
    [1.23e21, 2, 1.23e21],
    [5, 2, 5],
    [37.49999999999999, 0, 38],
    [-443.47499999999997, 2, -443.48],
  ])('should round %p to %p places as %p', (value, decimals, expected) => {
    expect(sut(value, decimals)).toBe(expected);
  });

  it('should never return negative zero', () => {
    expect(Object.is(sut(-0.4, 0), 0)).toBe(true);
  });

  it('should leave non-finite values alone', () => {
    expect(sut(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(sut(Number.NaN, 2)).toBeNaN();
  });

  it('should refuse negative or fractional decimals', () => {
    expect(() => sut(1.5, -1)).toThrow(RangeError);
    expect(() => sut(1.5, 0.5)).toThrow(RangeError);
  });

  it("should agree with grading's rounding, noisy ties included", () => {
    // Quotients of small integers hit long binary fractions and exact halves alike
    // (692 × 7.3 ÷ 16 = 315.725 computes as 315.72499999999997); both round such ties away from zero.
    for (let a = -2000; a < 2000; a++) {
      const value = (a * 7.3) / 16;
      expect([value, sut(value, 2)]).toEqual([value, roundHalfAway(value, 2)]);
    }
  });

  it('should round the noisy tie -315.72499999999997 away from zero', () => {
    expect(sut((-692 * 7.3) / 16, 2)).toBe(-315.73);
  });
});
