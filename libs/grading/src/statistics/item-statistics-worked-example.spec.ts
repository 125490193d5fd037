import { itemStatistics, type ScoreMatrixRow } from './item-statistics';

function row(attemptId: string, scores: Record<string, number>, maxScore = 1): ScoreMatrixRow {
  return {
    attemptId,
    scores: Object.fromEntries(
      Object.entries(scores).map(([itemId, score]) => [itemId, { score, maxScore }]),
    ),
  };
}

describe(itemStatistics.name, () => {
  it('should match the hand-worked dichotomous example', () => {
    //          i1 i2 i3 | total
    //   A1      1  1  1 |  3
    //   A2      1  1  0 |  2
    //   A3      1  0  0 |  1
    //   A4      0  0  0 |  0
    // Facility: i1 3/4 = 0.75, i2 2/4 = 0.5, i3 1/4 = 0.25.
    // KR-20: Σpq = 0.75·0.25 + 0.5·0.5 + 0.25·0.75 = 0.625; totals mean 1.5, population variance
    //   (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25; α = 3/2 · (1 − 0.625 / 1.25) = 0.75.
    // Discrimination i1: x = 1,1,1,0, rest = 2,1,0,0; deviations x .25,.25,.25,−.75 and
    //   rest 1.25,.25,−.75,−.75; Σdxdy = .75, Σdx² = .75, Σdy² = 2.75; r = .75 / √(.75 · 2.75) = 0.522233.
    // i2: x = 1,1,0,0, rest = 2,1,1,0; Σdxdy = 1, Σdx² = 1, Σdy² = 2; r = 1/√2 = 0.707107.
    // i3: x = 1,0,0,0, rest = 2,2,1,0; Σdxdy = .75, Σdx² = .75, Σdy² = 2.75; r = 0.522233.
    const sut = itemStatistics([
      row('A1', { i1: 1, i2: 1, i3: 1 }),
      row('A2', { i1: 1, i2: 1, i3: 0 }),
      row('A3', { i1: 1, i2: 0, i3: 0 }),
      row('A4', { i1: 0, i2: 0, i3: 0 }),
    ]);

    expect(sut.items.map((item) => [item.itemId, item.attempts, item.facility])).toEqual([
      ['i1', 4, 0.75],
      ['i2', 4, 0.5],
      ['i3', 4, 0.25],
    ]);
    const [i1, i2, i3] = sut.items.map((item) => item.discrimination);
    expect(i1).toBeCloseTo(0.522233, 6);
    expect(i2).toBeCloseTo(0.707107, 6);
    expect(i3).toBeCloseTo(0.522233, 6);
    expect(sut.internalConsistency).toBeCloseTo(0.75, 12);
  });

  it('should match the hand-worked polytomous example', () => {
    //          i1 i2 | total   (each out of 2)
    //   B1      2  2 |  4
    //   B2      1  2 |  3
    //   B3      0  1 |  1
    // Facility: i1 3/6 = 0.5, i2 5/6. Population variances: i1 2/3, i2 2/9, totals 14/9;
    //   α = 2 · (1 − (2/3 + 2/9) / (14/9)) = 2 · 6/14 = 6/7 = 0.857143.
    // Discrimination i1 against i2 (its rest): Σdxdy = 1, Σdx² = 2, Σdy² = 2/3; r = 1/√(4/3) = √3/2.
    const sut = itemStatistics([
      row('B1', { i1: 2, i2: 2 }, 2),
      row('B2', { i1: 1, i2: 2 }, 2),
      row('B3', { i1: 0, i2: 1 }, 2),
    ]);

    expect(sut.items[0].facility).toBe(0.5);
    expect(sut.items[1].facility).toBeCloseTo(5 / 6, 12);
    expect(sut.items[0].discrimination).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(sut.items[1].discrimination).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(sut.internalConsistency).toBeCloseTo(6 / 7, 12);
  });

  it('should use only the attempts that contain a pooled item and leave it out of alpha', () => {
    // i3 appears in two attempts: facility 1/2. Alpha uses i1 and i2 only:
    // i1 = 1,1,0 (variance 2/9), i2 = 1,0,0 (2/9), totals 2,1,0 (2/3); α = 2 · (1 − (4/9)/(2/3)) = 2/3.
    const sut = itemStatistics([
      row('C1', { i1: 1, i2: 1, i3: 1 }),
      row('C2', { i1: 1, i2: 0 }),
      row('C3', { i1: 0, i2: 0, i3: 0 }),
    ]);
    expect(sut.items[2]).toMatchObject({ itemId: 'i3', attempts: 2, facility: 0.5 });
    expect(sut.internalConsistency).toBeCloseTo(2 / 3, 12);
  });
});
