import type { SingleChoiceContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { duplicatesOf } from '../utils/duplicates-of';
import { gradeFromCredit, invalidContent } from './grade-from-credit';

/**
 * Single choice: full marks when the chosen option is the key, otherwise 0. No partial credit.
 * Throws INVALID_CONTENT when option ids repeat or the key is not one of the options.
 */
export function gradeSingleChoice(
  content: SingleChoiceContent,
  response: ResponseOf<'SINGLE_CHOICE'>,
  ctx: GraderContext,
): ItemGrade {
  const optionIds = content.options.map((option) => option.id);
  if (duplicatesOf(optionIds).length > 0) throw invalidContent('options', 'have duplicate ids');
  if (!optionIds.includes(content.correctOptionId)) {
    throw invalidContent('correctOptionId', 'is not one of the options');
  }
  const correct = response.optionId === content.correctOptionId;
  return gradeFromCredit(correct ? 1 : 0, ctx.maxScore, correct ? 'key chosen' : 'key not chosen');
}
