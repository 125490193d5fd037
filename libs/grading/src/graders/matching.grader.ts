import type { MatchingContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { duplicatesOf } from '../utils/duplicates-of';
import { gradeFromCredit, invalidContent } from './grade-from-credit';

/**
 * Matching: credit = prompts matched to their own answer ÷ number of prompts. `matches` maps a
 * pair id (the prompt) to the chosen answer text, compared exactly because the learner picks it
 * from the presented answers. Wrong, missing and distractor matches earn nothing and cost nothing;
 * unknown prompt ids are ignored. Throws INVALID_CONTENT with no pairs or repeated pair ids.
 */
export function gradeMatching(
  content: MatchingContent,
  response: ResponseOf<'MATCHING'>,
  ctx: GraderContext,
): ItemGrade {
  if (content.pairs.length === 0) throw invalidContent('pairs', 'is empty');
  if (duplicatesOf(content.pairs.map((pair) => pair.id)).length > 0) {
    throw invalidContent('pairs', 'have duplicate ids');
  }
  const matched = content.pairs.filter(
    (pair) => Object.hasOwn(response.matches, pair.id) && response.matches[pair.id] === pair.answer,
  ).length;
  return gradeFromCredit(
    matched / content.pairs.length,
    ctx.maxScore,
    `${matched} of ${content.pairs.length} pairs matched`,
  );
}
