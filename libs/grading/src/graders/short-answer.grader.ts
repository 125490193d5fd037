import type { ShortAnswerContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { answersMatch, normaliseAnswer } from '../short-answer/normalise-answer';
import { gradeFromCredit, invalidContent } from './grade-from-credit';

/**
 * Short answer: full marks when the text equals an accepted answer after `normaliseAnswer` (case,
 * whitespace and word breaks, punctuation, `&`/"and", a leading article), otherwise 0. No partial
 * credit and no fuzzy matching: near misses belong in the accepted-answer list. Throws
 * INVALID_CONTENT when no accepted answer has any letters or digits.
 */
export function gradeShortAnswer(
  content: ShortAnswerContent,
  response: ResponseOf<'SHORT_ANSWER'>,
  ctx: GraderContext,
): ItemGrade {
  if (!content.acceptedAnswers.some((answer) => normaliseAnswer(answer) !== '')) {
    throw invalidContent('acceptedAnswers', 'has no usable answer');
  }
  const matched = content.acceptedAnswers.find((answer) => answersMatch(response.text, answer));
  return gradeFromCredit(
    matched === undefined ? 0 : 1,
    ctx.maxScore,
    matched === undefined ? 'no accepted answer matched' : `matched "${matched}"`,
  );
}
