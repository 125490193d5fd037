import { GradingError, GradingErrorCode, type GradingErrorDetail } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import { drawParameters } from './draw-parameters';
import { numericContentProblems } from './numeric-content-problems';

// A fixed probe seed keeps validation deterministic: the same content always gets the same verdict.
const PROBE_SEED = 'validate-numeric-content';

/**
 * Everything wrong with a numeric item, empty when it can be delivered: the formula must exist,
 * parameter names must equal the formula's inputs exactly, each parameter needs finite min ≤ max
 * and step > 0, `decimals` an integer 0–12, the tolerance a kind and a value ≥ 0, and the stem a
 * `{name}` placeholder for each parameter and no other. When that holds, one probe draw must find
 * an acceptable result (ranges where break-even price never exceeds cost fail here).
 */
export function validateNumericContent(content: NumericContent): GradingErrorDetail[] {
  const problems = numericContentProblems(content);
  if (problems.length > 0) return problems;
  try {
    drawParameters(content, PROBE_SEED);
    return [];
  } catch (error) {
    if (error instanceof GradingError && error.code === GradingErrorCode.INVALID_PARAMETER)
      return error.details;
    throw error;
  }
}
