import { createHash } from 'node:crypto';
import type { ItemDraft } from '@markpoint/grading';

// One identifier per item, shared by every format (Moodle `idnumber`, QTI identifiers and file
// names), so the same item carries the same id wherever it goes.
export function itemIdentifiers(items: readonly ItemDraft[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    // A hash of what the item says, not its position: adding or removing another item keeps
    // every other id. `I_` makes it an XML NCName whatever the hash starts with (QTI needs one).
    const digest = createHash('sha256')
      .update(JSON.stringify([item.content, item.markingPointKeys]))
      .digest('hex');
    const base = `I_${digest.slice(0, 12)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}
