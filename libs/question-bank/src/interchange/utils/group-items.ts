import type { ItemDraft } from '@markpoint/grading';
import type { ExportBank, ExportMarkingPoint } from '../export-bank';
import { itemIdentifiers } from './item-ids';

export interface ExportedItem {
  item: ItemDraft;
  // 0-based position in the bank.
  index: number;
  id: string;
}

export interface MarkingPointGroup {
  // The marking point the items assess first; null for items that name none.
  key: string | null;
  markingPoint: ExportMarkingPoint | null;
  items: ExportedItem[];
}

// The bank's items grouped by the first marking point each assesses, in the bank's marking point
// order, then keys the bank does not list (in the order items name them), then items with none.
// Items keep their bank order inside a group.
export function groupByMarkingPoint(bank: ExportBank): MarkingPointGroup[] {
  const ids = itemIdentifiers(bank.items);
  const groups = new Map<string | null, MarkingPointGroup>();
  for (const point of bank.markingPoints) {
    groups.set(point.key, { key: point.key, markingPoint: point, items: [] });
  }
  bank.items.forEach((item, index) => {
    const key = item.markingPointKeys[0] ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { key, markingPoint: null, items: [] };
      groups.set(key, group);
    }
    group.items.push({ item, index, id: ids[index] ?? `I_${index + 1}` });
  });
  const withItems = [...groups.values()].filter((group) => group.items.length > 0);
  // Items without a marking point go last, after every keyed group.
  return [
    ...withItems.filter((group) => group.key !== null),
    ...withItems.filter((group) => group.key === null),
  ];
}
