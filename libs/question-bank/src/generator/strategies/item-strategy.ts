import type { ItemDraft, ItemType, SeededRandom } from '@markpoint/grading';
import type { FactBase } from '../facts/fact-types';
import type { PackIndex } from '../packs/pack-index';
import type { Material } from './support/material';

/** Everything a strategy may use to write items for one marking point. */
export interface StrategyContext {
  /** The marking point's related facts sorted by kind, plus the pack entries that relate to it. */
  material: Material;
  /** The whole spec's facts: distractors come from here as well as from packs. */
  base: FactBase;
  packs: PackIndex;
  /** Seeded per marking point and strategy, so one strategy's changes never move another's items. */
  random: SeededRandom;
  specId: string;
  specVersion: number;
  seed: string;
}

/** Writes the items of one type for a marking point; returns them best first, possibly none. */
export interface ItemStrategy {
  readonly name: string;
  readonly type: ItemType;
  generate(ctx: StrategyContext): ItemDraft[];
}
