import type { OrderingContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { duplicatesOf } from '../utils/duplicates-of';
import { gradeFromCredit, invalidContent } from './grade-from-credit';

/**
 * Ordering: credit = share of the n − 1 adjacent pairs of the correct sequence (step 1→2, 2→3, …)
 * that the response puts in the right relative order, i.e. the earlier step anywhere before the
 * later one. The correct order earns 1, the reversed order 0, and one misplaced step costs at most
 * two pairs. Only a step's first position counts; unknown ids are ignored; a pair with a missing
 * step earns nothing. Throws INVALID_CONTENT with fewer than 2 steps or repeated step ids.
 */
export function gradeOrdering(
  content: OrderingContent,
  response: ResponseOf<'ORDERING'>,
  ctx: GraderContext,
): ItemGrade {
  const stepIds = content.steps.map((step) => step.id);
  if (stepIds.length < 2) throw invalidContent('steps', 'needs at least 2 steps');
  if (duplicatesOf(stepIds).length > 0) throw invalidContent('steps', 'have duplicate ids');

  const position = new Map<string, number>();
  response.stepIds.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });

  let pairsInOrder = 0;
  for (let i = 0; i < stepIds.length - 1; i++) {
    const earlier = position.get(stepIds[i]);
    const later = position.get(stepIds[i + 1]);
    if (earlier !== undefined && later !== undefined && earlier < later) pairsInOrder++;
  }
  const pairs = stepIds.length - 1;
  return gradeFromCredit(
    pairsInOrder / pairs,
    ctx.maxScore,
    `${pairsInOrder} of ${pairs} adjacent pairs in order`,
  );
}
