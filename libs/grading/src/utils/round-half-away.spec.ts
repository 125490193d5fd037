import { roundHalfAway } from './round-half-away';

describe(roundHalfAway.name, () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [-1.005, 2, -1.01],
    [1234.5678, 1, 1234.6],
    [1e-7, 6, 0],
    [0.1 + 0.2, 2, 0.3],
  ])('should round %p to %p decimals as %p', (value, decimals, expected) => {
    expect(roundHalfAway(value, decimals)).toBe(expected);
  });

  it('should return non-finite values unchanged', () => {
    expect(roundHalfAway(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAway(Number.NaN, 2)).toBeNaN();
  });

  it('should reject decimals outside 0–12', () => {
    expect(() => roundHalfAway(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAway(1, 13)).toThrow(RangeError);
    expect(() => roundHalfAway(1, 1.5)).toThrow(RangeError);
  });

  it('should round a tie that binary arithmetic put just below the half away from zero', () => {
    expect(roundHalfAway((692 * 7.3) / 16, 2)).toBe(315.73);
    expect(roundHalfAway((-692 * 7.3) / 16, 2)).toBe(-315.73);
  });
});
