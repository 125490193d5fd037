import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';

// Eight items is the smallest bank where one position holding most keys is unlikely by chance.
const MIN_ITEMS = 8;
const MAX_SHARE = 0.5;

/**
 * WARNING (bank-wide) when one stored option position holds the key in more than half of the
 * single-choice items. Delivery may shuffle, but exports and printed papers keep stored order.
 */
export function keyPositionRule(items: readonly ItemDraft[]): LintFinding[] {
  const positions: number[] = [];
  for (const { content } of items) {
    if (content.type !== 'SINGLE_CHOICE') continue;
    const position = content.options.findIndex((option) => option.id === content.correctOptionId);
    // A key that is not an option is single-key's error; it has no position to count.
    if (position >= 0) positions.push(position);
  }
  if (positions.length < MIN_ITEMS) return [];
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
  const byPosition = [...counts.entries()].sort(([a], [b]) => a - b);
  const [busiest, count] = byPosition.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (count / positions.length <= MAX_SHARE) return [];
  const percent = Math.round((count / positions.length) * 100);
  const distribution = byPosition.map(([position, n]) => `${position + 1}: ${n}`).join(', ');
  return [
    {
      rule: 'key-position',
      severity: 'WARNING',
      itemIndex: null,
      message:
        `option ${busiest + 1} is the key in ${count} of ${positions.length} single-choice items ` +
        `(${percent}%); keys by position: ${distribution}`,
    },
  ];
}
