import type { ItemDraft, MultipleResponseContent, SingleChoiceContent } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem, quoted, repeatedValues } from './lint-check';

const MIN_SINGLE_CHOICE_OPTIONS = 3;
const MIN_MULTIPLE_RESPONSE_OPTIONS = 4;

/** ERROR when a choice item's key cannot be graded as meant (missing, ambiguous or giving the answer away). */
export function singleKeyRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'single-key', 'ERROR', ({ content }) => {
    if (content.type === 'SINGLE_CHOICE') return singleChoiceProblems(content);
    if (content.type === 'MULTIPLE_RESPONSE') return multipleResponseProblems(content);
    return [];
  });
}

function singleChoiceProblems(content: SingleChoiceContent): string[] {
  const ids = content.options.map((option) => option.id);
  const problems = optionProblems(ids, MIN_SINGLE_CHOICE_OPTIONS);
  if (!ids.includes(content.correctOptionId)) {
    problems.push(`the key "${content.correctOptionId}" is not one of the options`);
  }
  return problems;
}

function multipleResponseProblems(content: MultipleResponseContent): string[] {
  const ids = content.options.map((option) => option.id);
  const problems = optionProblems(ids, MIN_MULTIPLE_RESPONSE_OPTIONS);
  const keys = content.correctOptionIds;
  const unknown = keys.filter((key) => !ids.includes(key));
  const repeated = repeatedValues(keys);
  if (keys.length === 0) problems.push('has no key');
  if (unknown.length > 0) problems.push(`keys that are not options: ${quoted(unknown)}`);
  if (repeated.length > 0) problems.push(`keys listed twice: ${quoted(repeated)}`);
  // Ticking every box would score full marks without reading a single option.
  const distinctIds = new Set(ids);
  if (distinctIds.size > 0 && [...distinctIds].every((id) => keys.includes(id))) {
    problems.push('every option is a key');
  }
  return problems;
}

function optionProblems(ids: string[], minimum: number): string[] {
  const problems: string[] = [];
  const repeated = repeatedValues(ids);
  if (repeated.length > 0) problems.push(`option ids used twice: ${quoted(repeated)}`);
  if (ids.length < minimum) problems.push(`has ${ids.length} options; needs at least ${minimum}`);
  return problems;
}
