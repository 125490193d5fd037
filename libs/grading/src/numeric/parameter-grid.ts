import type { NumericParameter } from '../items/item-content';
import { roundHalfAway } from '../utils/round-half-away';

// roundHalfAway, and so every grid value, supports at most 12 decimals.
export const MAX_GRID_DECIMALS = 12;

/** The values a parameter can take: min, min + step, … up to the last one not above max. */
export interface ParameterGrid {
  count: number;
  /** Decimals of the grid (those of min or step, whichever has more). */
  decimals: number;
  valueAt(index: number): number;
}

// Callers validate the parameter first (numeric-content-problems.ts); this only does the arithmetic.
export function parameterGrid(parameter: NumericParameter): ParameterGrid {
  const { min, max, step } = parameter;
  const decimals = Math.min(MAX_GRID_DECIMALS, Math.max(decimalPlaces(min), decimalPlaces(step)));
  // The small slack keeps max on the grid when (max − min) ÷ step is 2.9999999999999996.
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  return {
    count,
    decimals,
    // Rounding to the grid's decimals removes binary artefacts (0.1 + 2 × 0.1 = 0.30000000000000004).
    valueAt: (index) => roundHalfAway(min + index * step, decimals),
  };
}

/** Decimal places of a number as written in its shortest form (0.25 → 2, 1e-7 → 7, 1200 → 0). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}
