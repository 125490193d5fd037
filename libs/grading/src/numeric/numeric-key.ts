import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import { assertUnreachable } from '../utils/assert-unreachable';
import { roundHalfAway } from '../utils/round-half-away';
import { computeFormula } from './formulas';
import { numericFormulaOf } from './numeric-formula';
import { MAX_GRID_DECIMALS } from './parameter-grid';

/**
 * The correct answer for the drawn values: the formula's result rounded half away from zero to
 * `content.decimals`. Throws MISSING_PARAMETERS when an input is absent, NON_FINITE_RESULT when the
 * formula divides by zero and INVALID_CONTENT for an impossible `decimals`.
 */
export function numericKey(content: NumericContent, values: Readonly<Record<string, number>>): number {
  const { decimals } = content;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_GRID_DECIMALS) {
    throw new GradingError(
      `decimals must be an integer from 0 to 12 (got ${decimals})`,
      GradingErrorCode.INVALID_CONTENT,
      [{ field: 'decimals', message: `must be an integer between 0 and ${MAX_GRID_DECIMALS}` }],
    );
  }
  const result =
    content.formula === 'EXPRESSION'
      ? computeExpression(content, values)
      : computeFormula(content.formula, values);
  if (!Number.isFinite(result)) {
    throw new GradingError(
      `${content.formula} has no finite result for ${JSON.stringify(values)}`,
      GradingErrorCode.NON_FINITE_RESULT,
      [{ field: 'parameters', message: `the formula gives ${result}` }],
    );
  }
  const key = roundHalfAway(result, decimals);
  // -0 would print as "0" but fail Object.is comparisons and JSON round trips differently.
  return key === 0 ? 0 : key;
}

// The same input check as the formula table's, for an item's own expression.
function computeExpression(content: NumericContent, values: Readonly<Record<string, number>>): number {
  const formula = numericFormulaOf(content);
  const missing = formula.inputs.filter((input) => !Number.isFinite(values[input]));
  if (missing.length > 0) {
    throw new GradingError(
      `The expression needs finite values for ${missing.join(', ')}`,
      GradingErrorCode.MISSING_PARAMETERS,
      missing.map((field) => ({ field, message: 'missing or not a finite number' })),
    );
  }
  return formula.compute(values);
}

// Binary floating point makes 1.1 − 1.0 = 0.10000000000000009, which must still count as within a
// tolerance of 0.1; a relative slack far below any stored decimal absorbs that.
const FLOAT_SLACK = 1e-9;

/**
 * Whether `value` is within the item's tolerance of `key`. ABSOLUTE: |value − key| ≤ tolerance.
 * RELATIVE: |value − key| ≤ tolerance × |key|, with the tolerance as a fraction (0.01 = 1 %), as
 * in Moodle's relative error. Both bounds are inclusive; a non-finite value is never within.
 */
export function isWithinTolerance(
  value: number,
  key: number,
  tolerance: NumericContent['tolerance'],
): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(key)) return false;
  if (!Number.isFinite(tolerance.value) || tolerance.value < 0) {
    throw new GradingError('tolerance.value must be a finite number ≥ 0', GradingErrorCode.INVALID_CONTENT, [
      { field: 'tolerance.value', message: 'must be a finite number ≥ 0' },
    ]);
  }
  const allowed = allowedDifference(key, tolerance);
  return Math.abs(value - key) <= allowed + FLOAT_SLACK * Math.max(1, Math.abs(key));
}

function allowedDifference(key: number, tolerance: NumericContent['tolerance']): number {
  switch (tolerance.kind) {
    case 'ABSOLUTE':
      return tolerance.value;
    case 'RELATIVE':
      return tolerance.value * Math.abs(key);
    default:
      return assertUnreachable(tolerance.kind, 'Unknown tolerance kind');
  }
}
