import { createRandom } from '@markpoint/grading';
import { markingPointKey, type ParsedSpec } from '@markpoint/spec';
import { buildFactBase } from '../facts/build-fact-base';
import { loadPacks } from '../packs/load-packs';
import { EMPTY_PACK_INDEX, indexPacks, type PackIndex } from '../packs/pack-index';
import type { StrategyContext } from '../strategies/item-strategy';
import { materialFor } from '../strategies/support/material';

let shippedPacks: PackIndex | undefined;

/** The shipped packs, loaded once per test file. */
export function shippedPackIndex(): PackIndex {
  shippedPacks ??= indexPacks(loadPacks());
  return shippedPacks;
}

/** A strategy context for one marking point of a spec, as `generateBank` builds it. */
export function strategyContext(
  spec: ParsedSpec,
  point: number,
  options: { packs?: boolean; seed?: string } = {},
): StrategyContext {
  const packs = options.packs ? shippedPackIndex() : EMPTY_PACK_INDEX;
  const base = buildFactBase(spec, { markingPointKey, extraTerms: packs.extraTerms });
  const markingPoint = base.markingPoints[point];
  return {
    material: materialFor(markingPoint, base, packs),
    base,
    packs,
    random: createRandom(`${options.seed ?? 'test'}|${markingPoint.key}`),
    specId: 'spec-1',
    specVersion: 1,
    seed: options.seed ?? 'test',
  };
}

/** Every marking point's context for a spec. */
export function strategyContexts(
  spec: ParsedSpec,
  options: { packs?: boolean; seed?: string } = {},
): StrategyContext[] {
  return spec.markingPoints.map((_, index) => strategyContext(spec, index, options));
}
