import type { ImportError, ImportResult, ImportedItem } from '../import-result';
import { ImportRefusal } from '../utils/import-refusal';
import { giftBlocks } from './gift-blocks';
import { giftCategoryKey, giftLabel, readGiftQuestion } from './read-gift-question';

/**
 * Reads GIFT: every question type Markpoint exports (numeric items only from Markpoint's own
 * export, which keeps the formula in a comment), with the marking point from an `mp:` tag or an
 * `mp-…` `$CATEGORY`. Every question that cannot be imported is reported with its first line and
 * why; the others are still imported.
 */
export function importGift(text: string): ImportResult {
  const items: ImportedItem[] = [];
  const errors: ImportError[] = [];
  let categoryKey: string | null = null;
  for (const block of giftBlocks(text)) {
    const category = giftCategoryKey(block);
    if (category !== undefined) {
      categoryKey = category;
      continue;
    }
    try {
      items.push(readGiftQuestion(block, categoryKey));
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      errors.push({ line: block.line, question: giftLabel(block), reason: error.reason });
    }
  }
  return { items, errors };
}
