// Binary noise sits in the 16th and 17th significant digits (37.5 computes as 37.49999999999999);
// 15 digits is the most every double keeps exactly, so rounding starts from those.
const SIGNIFICANT_DIGITS = 15;

/**
 * Rounds half away from zero to `decimals` places by editing the digits of the value's
 * 15-significant-digit decimal form (1.005 → 1.01, −2.5 → −3, 37.49999999999999 → 38).
 * Deliberately not grading's `roundHalfAway`: the numeric lint rule checks grading's keys against
 * this second, independently written implementation.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a whole number ≥ 0 (got ${decimals})`);
  }
  const [whole, fraction] = plainDigits(Math.abs(value).toPrecision(SIGNIFICANT_DIGITS));
  // Whole and kept fraction digits as one integer, so rounding up is a carry on that integer.
  let kept = BigInt(`${whole}${fraction.slice(0, decimals).padEnd(decimals, '0')}`);
  if (fraction.length > decimals && fraction.charCodeAt(decimals) >= '5'.charCodeAt(0)) kept += 1n;
  const rounded = Number(`${kept}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

// The digits before and after the decimal point, without exponent notation ("1.5e-7" → "0", "00000015").
function plainDigits(text: string): [string, string] {
  const [mantissa, exponentText = '0'] = text.split('e');
  const [mantissaWhole, mantissaFraction = ''] = mantissa.split('.');
  const digits = `${mantissaWhole}${mantissaFraction}`;
  const pointAt = mantissaWhole.length + Number(exponentText);
  if (pointAt <= 0) return ['0', `${'0'.repeat(-pointAt)}${digits}`];
  if (pointAt >= digits.length) return [`${digits}${'0'.repeat(pointAt - digits.length)}`, ''];
  return [digits.slice(0, pointAt), digits.slice(pointAt)];
}
