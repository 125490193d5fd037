import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { isWithinTolerance, numericKey } from '../numeric/numeric-key';
import { gradeFromCredit } from './grade-from-credit';

/**
 * Numeric: full marks when the value is within the item's tolerance of the key computed from the
 * attempt's parameters (`numericKey`), otherwise 0. No partial credit for near misses. Throws
 * MISSING_PARAMETERS without `ctx.parameters` and NON_FINITE_RESULT when the key is not finite.
 */
export function gradeNumeric(
  content: NumericContent,
  response: ResponseOf<'NUMERIC'>,
  ctx: GraderContext,
): ItemGrade {
  if (!ctx.parameters) {
    throw new GradingError(
      'A numeric item needs the attempt parameters to be graded',
      GradingErrorCode.MISSING_PARAMETERS,
      [{ field: 'parameters', message: 'required for NUMERIC items' }],
    );
  }
  const key = numericKey(content, ctx.parameters);
  const within = isWithinTolerance(response.value, key, content.tolerance);
  return gradeFromCredit(within ? 1 : 0, ctx.maxScore, `answered ${response.value}, key ${key}`);
}
