import type { TrueFalseContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { gradeFromCredit } from './grade-from-credit';

/** True/false: full marks when the judgement matches the statement's truth, otherwise 0. */
export function gradeTrueFalse(
  content: TrueFalseContent,
  response: ResponseOf<'TRUE_FALSE'>,
  ctx: GraderContext,
): ItemGrade {
  const correct = response.value === content.correct;
  return gradeFromCredit(correct ? 1 : 0, ctx.maxScore, `answered ${response.value}, key ${content.correct}`);
}
