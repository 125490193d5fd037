import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem, quoted, repeatedValues } from './lint-check';
import { normaliseAcceptedAnswer, normaliseText } from './normalise-text';
import { optionListsOf } from './option-lists';

/** ERROR when a list inside one item (options, steps, prompts, answers, distractors, accepted answers) repeats a text. */
export function duplicateOptionRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'duplicate-option', 'ERROR', (item) =>
    optionListsOf(item.content).flatMap(({ label, texts }) => {
      const normalise = label === 'accepted answers' ? normaliseAcceptedAnswer : normaliseText;
      const repeated = repeatedValues(texts.map(normalise));
      return repeated.length > 0 ? [`repeated ${label}: ${quoted(repeated)}`] : [];
    }),
  );
}
