// Population (n-divisor) moments: Cronbach's alpha then equals KR-20, which is defined with p·q,
// the population variance of a 0/1 item. Correlations are the same with either divisor.

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function populationVariance(values: readonly number[]): number {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / values.length;
}

/** Pearson's r; `null` with fewer than 2 pairs or when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let sumSquaresX = 0;
  let sumSquaresY = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i] - meanX;
    const dy = ys[i] - meanY;
    covariance += dx * dy;
    sumSquaresX += dx * dx;
    sumSquaresY += dy * dy;
  }
  if (isNegligible(sumSquaresX, xs) || isNegligible(sumSquaresY, ys)) return null;
  // Rounding can push |r| a hair past 1 for perfectly correlated data.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(sumSquaresX * sumSquaresY)));
}

// A sum of squares that is only floating-point noise relative to the data means "no variation".
export function isNegligible(sumOfSquares: number, values: readonly number[]): boolean {
  const scale = Math.max(1, ...values.map(Math.abs));
  return sumOfSquares <= 1e-12 * scale * scale * values.length;
}
