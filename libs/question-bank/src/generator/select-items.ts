import { normaliseAnswer, type ItemDraft, type ItemType } from '@markpoint/grading';
import type { MarkingPointFacts } from './facts/fact-types';

/** What selection remembers across marking points so the bank has no repeats. */
export interface SelectionState {
  stems: Set<string>;
  signatures: Set<string>;
  trueFalse: { true: number; false: number };
  /** Every item accepted so far, in bank order: new ones must not mirror or recycle them. */
  accepted: ItemDraft[];
  /** Whether a candidate clashes with the accepted items (mirror, repeat, recycled statement). */
  conflicts: (accepted: readonly ItemDraft[], item: ItemDraft) => boolean;
}

export function newSelectionState(conflicts: SelectionState['conflicts'] = () => false): SelectionState {
  return {
    stems: new Set(),
    signatures: new Set(),
    trueFalse: { true: 0, false: 0 },
    accepted: [],
    conflicts,
  };
}

const BASE_ORDER: ItemType[] = [
  'SINGLE_CHOICE',
  'TRUE_FALSE',
  'MULTIPLE_RESPONSE',
  'ORDERING',
  'MATCHING',
  'NUMERIC',
  'SHORT_ANSWER',
];

/** The item types a marking point should get first: what it asks for leads ("calculating" → NUMERIC). */
export function typePriority(point: MarkingPointFacts): ItemType[] {
  const verbs = new Set(point.actions.map((action) => action.verb));
  const text = point.text.toLowerCase();
  const first: ItemType[] = [];
  if (verbs.has('calculate') || /\bformula\b|\bcalculat/.test(text)) first.push('NUMERIC');
  if (verbs.has('list') || verbs.has('rank') || /\bin (?:the correct )?order\b|\bsequence\b/.test(text))
    first.push('ORDERING');
  if (verbs.has('match')) first.push('MATCHING');
  if (verbs.has('name') || verbs.has('state')) first.push('SHORT_ANSWER');
  if (verbs.has('distinguish')) first.push('TRUE_FALSE');
  return [...first, ...BASE_ORDER.filter((type) => !first.includes(type))];
}

/**
 * Up to `count` items for one marking point: the written task first, then one item of each type
 * in priority order, round after round, skipping any item whose stem or answer the bank already
 * has. True/false candidates are taken to even out true and false keys across the bank.
 */
export function selectItems(
  candidates: readonly ItemDraft[],
  order: readonly ItemType[],
  count: number,
  state: SelectionState,
): ItemDraft[] {
  const byType = new Map<ItemType, ItemDraft[]>();
  for (const item of candidates)
    byType.set(item.content.type, [...(byType.get(item.content.type) ?? []), item]);
  const chosen: ItemDraft[] = [];
  const take = (type: ItemType): boolean => {
    const pool = byType.get(type) ?? [];
    const index = preferredIndex(pool, state);
    if (index < 0) return false;
    const [item] = pool.splice(index, 1);
    accept(item, state);
    chosen.push(item);
    return true;
  };

  if (count >= 4) take('EXTENDED_RESPONSE');
  for (let progress = true; progress && chosen.length < count;) {
    progress = false;
    for (const type of order) {
      if (chosen.length >= count) break;
      if (take(type)) progress = true;
    }
  }
  if (chosen.length < count && !chosen.some((item) => item.content.type === 'EXTENDED_RESPONSE'))
    take('EXTENDED_RESPONSE');
  // A point still short of the minimum may ask about a fact another item already asks about, in
  // another form (a choice item beside a true/false one); a repeated stem is never allowed.
  for (let progress = true; progress && chosen.length < MIN_ITEMS && chosen.length < count;) {
    progress = false;
    for (const type of order) {
      if (chosen.length >= MIN_ITEMS || chosen.length >= count) break;
      const pool = byType.get(type) ?? [];
      const index = pool.findIndex(
        (item) => !state.stems.has(stemKey(item)) && !state.conflicts(state.accepted, item),
      );
      if (index < 0) continue;
      const [item] = pool.splice(index, 1);
      accept(item, state);
      chosen.push(item);
      progress = true;
    }
  }
  return chosen;
}

// The coverage the bank aims for: at least this many items per marking point.
const MIN_ITEMS = 4;

// The first candidate that repeats nothing; for true/false, one with the rarer key if there is one.
function preferredIndex(pool: ItemDraft[], state: SelectionState): number {
  const fresh = pool.map((item, index) => ({ item, index })).filter(({ item }) => isFresh(item, state));
  if (fresh.length === 0) return -1;
  const [first] = fresh;
  if (first.item.content.type !== 'TRUE_FALSE') return first.index;
  const wanted =
    state.trueFalse.true > state.trueFalse.false
      ? false
      : state.trueFalse.false > state.trueFalse.true
        ? true
        : undefined;
  const balanced = fresh.find(
    ({ item }) => item.content.type === 'TRUE_FALSE' && item.content.correct === wanted,
  );
  return (balanced ?? first).index;
}

function isFresh(item: ItemDraft, state: SelectionState): boolean {
  return (
    !state.stems.has(stemKey(item)) &&
    !state.signatures.has(signature(item)) &&
    !state.conflicts(state.accepted, item)
  );
}

function accept(item: ItemDraft, state: SelectionState): void {
  state.accepted.push(item);
  state.stems.add(stemKey(item));
  state.signatures.add(signature(item));
  if (item.content.type === 'TRUE_FALSE') state.trueFalse[item.content.correct ? 'true' : 'false']++;
}

export function stemKey(item: ItemDraft): string {
  return normaliseAnswer(item.content.stem);
}

// What the item asks for, so that the same fact is not asked twice in two forms.
function signature(item: ItemDraft): string {
  const content = item.content;
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return `answer:${normaliseAnswer(content.options.find((option) => option.id === content.correctOptionId)?.text ?? '')}`;
    case 'SHORT_ANSWER':
      return `answer:${normaliseAnswer(content.acceptedAnswers[0] ?? '')}`;
    case 'MULTIPLE_RESPONSE':
      return `set:${content.options
        .map(
          (option) =>
            `${content.correctOptionIds.includes(option.id) ? '+' : '-'}${normaliseAnswer(option.text)}`,
        )
        .sort()
        .join('|')}`;
    case 'ORDERING':
      return `order:${content.steps.map((step) => normaliseAnswer(step.text)).join('|')}`;
    case 'MATCHING':
      return `pairs:${content.pairs
        .map((pair) => normaliseAnswer(pair.prompt))
        .sort()
        .join('|')}`;
    case 'NUMERIC':
      return `numeric:${normaliseAnswer(content.stem)}`;
    case 'TRUE_FALSE':
      // A statement judged true or false asks the same as a choice item whose key is that statement.
      return `answer:${normaliseAnswer(content.stem)}`;
    case 'EXTENDED_RESPONSE':
      return `stem:${normaliseAnswer(content.stem)}`;
  }
}
