import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import { createRandom } from '../random/seeded-random';
import { roundHalfAway } from '../utils/round-half-away';
import { numericContentProblems } from './numeric-content-problems';
import { numericFormulaOf } from './numeric-formula';
import { parameterGrid } from './parameter-grid';

/** How many draws `drawParameters` makes before it gives up on a seed. */
export const MAX_PARAMETER_DRAWS = 100;

/**
 * The attempt's values for a numeric item: each parameter drawn uniformly from its grid
 * (min, min + step, … ≤ max) by a generator seeded with `seed`, in the order of `parameters`.
 * When the formula gives a non-finite result or one its `accepts` rule rejects, the same stream
 * draws again, at most MAX_PARAMETER_DRAWS times, so a seed always gives the same values.
 * Pass a seed per attempt and item (e.g. `${attemptSeed}:${itemId}`) so items differ.
 * Throws INVALID_CONTENT for structural problems (see `validateNumericContent`) and
 * INVALID_PARAMETER when no draw is acceptable.
 */
export function drawParameters(content: NumericContent, seed: string): Record<string, number> {
  const problems = numericContentProblems(content);
  if (problems.length > 0) {
    throw new GradingError('Numeric item content is invalid', GradingErrorCode.INVALID_CONTENT, problems);
  }
  const formula = numericFormulaOf(content);
  const grids = content.parameters.map((parameter) => ({
    name: parameter.name,
    grid: parameterGrid(parameter),
  }));
  const random = createRandom(seed);

  for (let draw = 0; draw < MAX_PARAMETER_DRAWS; draw++) {
    const values: Record<string, number> = {};
    for (const { name, grid } of grids) values[name] = grid.valueAt(random.int(0, grid.count - 1));
    const result = formula.compute(values);
    if (Number.isFinite(result) && formula.accepts(values, roundHalfAway(result, content.decimals))) {
      return values;
    }
  }
  const label = content.formula === 'EXPRESSION' ? formula.name : content.formula;
  throw new GradingError(
    `No acceptable ${label} values in ${MAX_PARAMETER_DRAWS} draws: narrow the parameter ranges`,
    GradingErrorCode.INVALID_PARAMETER,
    [{ field: 'parameters', message: `ranges rarely give a meaningful ${label} result` }],
  );
}
