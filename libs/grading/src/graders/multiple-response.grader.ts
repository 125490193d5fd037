import type { MultipleResponseContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { duplicatesOf } from '../utils/duplicates-of';
import { gradeFromCredit, invalidContent } from './grade-from-credit';

/**
 * Multiple response: credit = (keys selected − non-keys selected) ÷ number of keys, floored at 0.
 * Selecting every option therefore earns nothing more than the keys alone can earn. A repeated id
 * counts once; an id that is not a key (an unknown id included) counts as an incorrect selection.
 * Throws INVALID_CONTENT when there is no key, option ids repeat or a key is not an option.
 */
export function gradeMultipleResponse(
  content: MultipleResponseContent,
  response: ResponseOf<'MULTIPLE_RESPONSE'>,
  ctx: GraderContext,
): ItemGrade {
  const optionIds = content.options.map((option) => option.id);
  if (duplicatesOf(optionIds).length > 0) throw invalidContent('options', 'have duplicate ids');
  const keys = new Set(content.correctOptionIds);
  if (keys.size === 0) throw invalidContent('correctOptionIds', 'is empty');
  if ([...keys].some((key) => !optionIds.includes(key))) {
    throw invalidContent('correctOptionIds', 'contains an id that is not one of the options');
  }

  const selected = new Set(response.optionIds);
  let correctSelected = 0;
  let incorrectSelected = 0;
  for (const id of selected) {
    if (keys.has(id)) correctSelected++;
    else incorrectSelected++;
  }
  const credit = Math.max(0, (correctSelected - incorrectSelected) / keys.size);
  return gradeFromCredit(
    credit,
    ctx.maxScore,
    `${correctSelected} of ${keys.size} keys selected, ${incorrectSelected} incorrect`,
  );
}
