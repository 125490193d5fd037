import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem } from './lint-check';
import { optionListsOf } from './option-lists';

// Such options reward test-wiseness (spotting two right options) rather than knowledge, and break
// when delivery shuffles the options.
const CATCH_ALL = /\b(all|none|both|neither) of (?:the )?(above|these|options)\b/i;

/** ERROR for every choice (option, step, matching answer or distractor) like "all of the above". */
export function allNoneOfTheAboveRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'all-none-of-the-above', 'ERROR', ({ content }) =>
    optionListsOf(content)
      .filter((list) => list.isChoice)
      .flatMap(({ label, texts }) =>
        texts.filter((text) => CATCH_ALL.test(text)).map((text) => `${label} include "${text}"`),
      ),
  );
}
