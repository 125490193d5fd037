import type { ItemDraft, MatchingContent } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem, quoted, repeatedValues } from './lint-check';
import { normaliseText } from './normalise-text';

const MIN_PAIRS = 3;

/**
 * ERROR when a matching item has fewer than 3 pairs, a prompt or answer that is not unique (a
 * learner could not tell which match is meant) or a distractor that is really an answer.
 */
export function matchingRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'matching', 'ERROR', ({ content }) =>
    content.type === 'MATCHING' ? matchingProblems(content) : [],
  );
}

function matchingProblems(content: MatchingContent): string[] {
  const problems: string[] = [];
  if (content.pairs.length < MIN_PAIRS) {
    problems.push(`has ${content.pairs.length} pairs; needs at least ${MIN_PAIRS}`);
  }
  const repeatedIds = repeatedValues(content.pairs.map((pair) => pair.id));
  if (repeatedIds.length > 0) problems.push(`pair ids used twice: ${quoted(repeatedIds)}`);
  const repeatedPrompts = repeatedValues(content.pairs.map((pair) => normaliseText(pair.prompt)));
  if (repeatedPrompts.length > 0) problems.push(`prompts are not unique: ${quoted(repeatedPrompts)}`);
  const answers = content.pairs.map((pair) => normaliseText(pair.answer));
  const repeatedAnswers = repeatedValues(answers);
  if (repeatedAnswers.length > 0) problems.push(`answers are not unique: ${quoted(repeatedAnswers)}`);
  const answerDistractors = content.distractors.filter((text) => answers.includes(normaliseText(text)));
  if (answerDistractors.length > 0) {
    problems.push(`distractors that are also answers: ${quoted(answerDistractors)}`);
  }
  return problems;
}
