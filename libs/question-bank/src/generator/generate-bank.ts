import { createRandom, type ItemDraft, type ItemType, type SingleChoiceContent } from '@markpoint/grading';
import { markingPointKey, type ParsedSpec } from '@markpoint/spec';
import { buildFactBase } from './facts/build-fact-base';
import { GENERATOR_VERSION } from './generator-version';
import type { KnowledgePack } from './packs/knowledge-pack';
import { indexPacks } from './packs/pack-index';
import { newSelectionState, selectItems, typePriority } from './select-items';
import { ALL_STRATEGIES } from './strategies/all-strategies';
import type { StrategyContext } from './strategies/item-strategy';
import { moveKey } from './strategies/support/choice-options';
import { materialFor } from './strategies/support/material';

export const DEFAULT_ITEMS_PER_MARKING_POINT = 6;

export interface GenerateBankOptions {
  specId: string;
  specVersion: number;
  /** Same spec + generator version + seed → the same bank. */
  seed: string;
  /** Items to aim for per marking point (default 6). */
  itemsPerMarkingPoint?: number;
  /** Item types to generate (default all). */
  types?: ItemType[];
  /** Knowledge packs to draw on (see `loadPacks`); none by default, so the bank comes from the text alone. */
  packs?: KnowledgePack[];
}

export interface GeneratedBank {
  items: ItemDraft[];
  generatorVersion: string;
}

/**
 * Generates a question bank from a parsed specification: facts are extracted from every line,
 * each marking point gets the facts that relate to it, every strategy writes candidate items for
 * it, and selection keeps up to `itemsPerMarkingPoint` of them across as many types as it can
 * (the written task first), never repeating a stem or an answer. Single-choice keys are then
 * spread evenly over the option positions. Pure and deterministic for a given seed.
 */
export function generateBank(spec: ParsedSpec, options: GenerateBankOptions): GeneratedBank {
  const count = options.itemsPerMarkingPoint ?? DEFAULT_ITEMS_PER_MARKING_POINT;
  const packs = indexPacks(options.packs ?? []);
  const base = buildFactBase(spec, { markingPointKey, extraTerms: packs.extraTerms });
  const strategies = ALL_STRATEGIES.filter(
    (strategy) => !options.types || options.types.includes(strategy.type),
  );
  const state = newSelectionState();

  const items = base.markingPoints.flatMap((point) => {
    const material = materialFor(point, base, packs);
    const candidates = strategies.flatMap((strategy) => {
      const ctx: StrategyContext = {
        material,
        base,
        packs,
        random: createRandom(`${options.seed}|${point.key}|${strategy.name}`),
        specId: options.specId,
        specVersion: options.specVersion,
        seed: options.seed,
      };
      return strategy.generate(ctx);
    });
    return selectItems(candidates, typePriority(point), count, state);
  });
  return { items: balanceKeyPositions(items, options.seed), generatorVersion: GENERATOR_VERSION };
}

// Each run of n single-choice items with n options puts its keys at every position once, in a
// seeded order, so no position holds more than its share of keys.
function balanceKeyPositions(items: ItemDraft[], seed: string): ItemDraft[] {
  const random = createRandom(`${seed}|key-positions`);
  const decks = new Map<number, number[]>();
  return items.map((item) => {
    if (item.content.type !== 'SINGLE_CHOICE') return item;
    const content: SingleChoiceContent = item.content;
    const size = content.options.length;
    let deck = decks.get(size) ?? [];
    if (deck.length === 0) deck = random.shuffle([...Array(size).keys()]);
    const [position, ...rest] = deck;
    decks.set(size, rest);
    const moved = moveKey(content.options, content.correctOptionId, position);
    return { ...item, content: { ...content, options: moved.options, correctOptionId: moved.keyId } };
  });
}
