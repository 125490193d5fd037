import type { ItemType } from '@markpoint/grading';
import type { ExportBank } from '../export-bank';
import { categoryPath } from '../utils/categories';
import { groupByMarkingPoint } from '../utils/group-items';
import { shortText } from '../utils/short-text';
import { giftQuestion } from './gift-question';

export interface GiftExport {
  text: string;
  /** Items GIFT cannot express; `index` is the 0-based position in `bank.items`. */
  skipped: { index: number; type: ItemType; reason: string }[];
}

/**
 * The bank as GIFT, Moodle's plain-text format: a `$CATEGORY` per marking point under
 * `$course$/top/<topic>`, one question per item. Items GIFT cannot express (ordering) are left out,
 * listed in a comment at the top and in `skipped`.
 */
export function exportGift(bank: ExportBank): GiftExport {
  const skipped: GiftExport['skipped'] = [];
  const blocks: string[] = [];
  for (const group of groupByMarkingPoint(bank)) {
    const key = group.key;
    const path =
      key === null
        ? categoryPath(bank.topic)
        : categoryPath(bank.topic, { key, text: group.markingPoint?.text });
    const questions: string[] = [];
    for (const exported of group.items) {
      const question = giftQuestion(exported);
      if ('skipped' in question) {
        skipped.push({ index: exported.index, type: exported.item.content.type, reason: question.skipped });
      } else {
        questions.push(question.text);
      }
    }
    if (questions.length > 0) blocks.push(`$CATEGORY: ${path}`, ...questions);
  }
  skipped.sort((a, b) => a.index - b.index);
  const header = [
    `// Markpoint bank: ${oneLine(bank.title)} (${bank.items.length - skipped.length} of ${bank.items.length} items), as GIFT.`,
    ...skipped.map(
      ({ index, type, reason }) =>
        `// Skipped: item ${index + 1} (${type}) "${shortText(bank.items[index]?.content.stem ?? '', 60)}": ${reason}.`,
    ),
  ].join('\n');
  // Blank lines separate GIFT questions; a line break inside one is written \n.
  return { text: `${[header, ...blocks].join('\n\n')}\n`, skipped };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
