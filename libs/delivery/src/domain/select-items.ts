import { createRandom, type ItemType } from '@markpoint/grading';
import type { Blueprint } from './quiz-settings';

export interface SelectableItem {
  id: string;
  type: ItemType;
  markingPointKeys: string[];
}

/**
 * Draws an attempt's items by the blueprint: per marking point (in bank order), of the allowed
 * types, each item once even when it assesses several marking points; a total cap keeps every
 * marking point represented by taking items round-robin. Deterministic for a seed.
 */
export function selectItems<T extends SelectableItem>(
  items: readonly T[],
  blueprint: Blueprint,
  seed: string,
): T[] {
  const random = createRandom(`${seed}:select`);
  const allowed = items.filter((i) => blueprint.types.length === 0 || blueprint.types.includes(i.type));
  const order: string[] = [];
  for (const item of items)
    for (const key of item.markingPointKeys) if (!order.includes(key)) order.push(key);
  const keys =
    blueprint.markingPoints.length > 0 ? order.filter((k) => blueprint.markingPoints.includes(k)) : order;
  const taken = new Set<string>();
  const perPoint: T[][] = keys.map((key) => {
    const candidates = random.shuffle(allowed.filter((i) => i.markingPointKeys.includes(key)));
    const picked: T[] = [];
    for (const item of candidates) {
      if (blueprint.perMarkingPoint !== null && picked.length >= blueprint.perMarkingPoint) break;
      if (taken.has(item.id)) continue;
      taken.add(item.id);
      picked.push(item);
    }
    return picked;
  });
  const selected: T[] = [];
  for (let round = 0; perPoint.some((list) => list.length > round); round++) {
    for (const list of perPoint) if (list[round]) selected.push(list[round]);
  }
  return blueprint.total === null ? selected : selected.slice(0, blueprint.total);
}
