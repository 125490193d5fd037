/**
 * Rounds to `decimals` places, halves away from zero (1.005 → 1.01, −2.5 → −3). Shifting through the
 * decimal exponent instead of multiplying avoids binary artefacts such as 1.005 × 100 = 100.49999….
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new RangeError(`decimals must be an integer between 0 and 12 (got ${decimals})`);
  }
  // A computed tie can sit just below the half (692 × 7.3 ÷ 16 = 315.72499999999997 for 315.725):
  // 15 significant digits drop that noise, which no real quantity needs.
  const shifted = Math.round(shiftExponent(Number(Math.abs(value).toPrecision(15)), decimals));
  const rounded = shiftExponent(shifted, -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

// Moves the decimal point by editing the exponent of the number's shortest decimal representation.
function shiftExponent(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
