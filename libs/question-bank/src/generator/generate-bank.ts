import { createRandom, type ItemDraft, type ItemType, type SingleChoiceContent } from '@markpoint/grading';
import { markingPointKey, type ParsedSpec } from '@markpoint/spec';
import { lintBank } from '../quality/lint-bank';
import type { LintFinding, LintOptions } from '../quality/lint-finding';
import { checkOptionsOf, specLineTexts } from './alignment-targets';
import { checkCandidate, conflictsWithBank } from './check-candidate';
import { buildFactBase } from './facts/build-fact-base';
import { levelOf } from './level-of';
import { GENERATOR_VERSION } from './generator-version';
import type { KnowledgePack } from './packs/knowledge-pack';
import { indexPacks } from './packs/pack-index';
import { packsInTopic } from './packs/packs-in-topic';
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
  /** Sees every candidate written, with the checker's findings: for measuring the checker's recall. */
  onCandidate?: (item: ItemDraft, findings: LintFinding[]) => void;
}

export interface GeneratedBank {
  items: ItemDraft[];
  generatorVersion: string;
  /** Marking points the specification does not say enough about for this many sound items. */
  gaps: MarkingPointGap[];
  /** Candidates written and how many the checker rejected, for the quality report. */
  candidates: { written: number; rejected: number };
}

/** A marking point that needs items a teacher writes: what the bank could not do from the text. */
export interface MarkingPointGap {
  markingPointKey: string;
  items: number;
  message: string;
}

// Every marking point should have at least this many sound items; fewer is reported, never padded.
export const MIN_SOUND_ITEMS = 3;

/**
 * Question families an independent judge found unusable on unseen specifications (round 2 of
 * docs/bank-quality.md: 0 of 25 "which key concept is described as …" and concept-heading matching
 * items usable, their options being other sections' headings; "what year is in the Act's title" is
 * trivia). They are still written (strategy tests cover them) but never offered for publication.
 */
export const UNPUBLISHED_FAMILIES: ReadonlySet<string> = new Set([
  'single-choice:concept-definition',
  'matching:concepts',
  'short-answer:law-year',
]);

/**
 * Generates a question bank from a parsed specification: facts are extracted from every line,
 * each marking point gets the facts that relate to it, every strategy writes candidate items for
 * it, and selection keeps up to `itemsPerMarkingPoint` of them across as many types as it can
 * (the written task first), never repeating a stem or an answer. Single-choice keys are then
 * spread evenly over the option positions. Pure and deterministic for a given seed.
 */
export function generateBank(spec: ParsedSpec, options: GenerateBankOptions): GeneratedBank {
  const count = options.itemsPerMarkingPoint ?? DEFAULT_ITEMS_PER_MARKING_POINT;
  const inTopic = packsInTopic(options.packs ?? [], [...specLineTexts(spec).values()].join('\n'));
  const packs = indexPacks(inTopic);
  const base = buildFactBase(spec, { markingPointKey, extraTerms: packs.extraTerms });
  // Alignment is judged from the text alone, as the quality report judges a stored bank.
  const checks: LintOptions = checkOptionsOf(spec, inTopic.length === 0 ? base : undefined);
  const strategies = ALL_STRATEGIES.filter(
    (strategy) => !options.types || options.types.includes(strategy.type),
  );
  // Each misconception is used once in the bank: a second item on it mirrors or answers the first.
  const mistakes = new Set(
    base.facts.flatMap((fact) => (fact.kind === 'MISCONCEPTION' ? [fact.mistake] : [])),
  );
  const misconceptionsOf = (item: ItemDraft): string[] =>
    (item.evidence?.phrases ?? []).filter((phrase) => mistakes.has(phrase));
  const state = newSelectionState(
    (accepted, item) =>
      misconceptionsOf(item).some((mistake) =>
        accepted.some((other) => misconceptionsOf(other).includes(mistake)),
      ) || conflictsWithBank(accepted, item),
  );
  const candidates = { written: 0, rejected: 0 };
  const gaps: MarkingPointGap[] = [];

  const items = base.markingPoints.flatMap((point) => {
    const material = materialFor(point, base, packs);
    const written = strategies.flatMap((strategy) => {
      const ctx: StrategyContext = {
        material,
        base,
        packs,
        random: createRandom(`${options.seed}|${point.key}|${strategy.name}`),
        specId: options.specId,
        specVersion: options.specVersion,
        seed: options.seed,
      };
      return strategy.generate(ctx).map((item) => ({ ...item, level: levelOf(item, point) }));
    });
    // Generate, check, publish: only candidates the checker passes are offered, surest first.
    const checked = written.flatMap((item) => {
      if (options.onCandidate)
        options.onCandidate(
          item,
          lintBank([item], checks).filter((finding) => finding.itemIndex !== null),
        );
      if (UNPUBLISHED_FAMILIES.has(item.generator.strategy)) return [];
      return checkCandidate(item, checks) ?? [];
    });
    candidates.written += written.length;
    candidates.rejected += written.length - checked.length;
    const sound = checked.sort((a, b) => b.confidence - a.confidence).map((candidate) => candidate.item);
    const chosen = selectItems(sound, typePriority(point), count, state);
    if (chosen.length < Math.min(MIN_SOUND_ITEMS, count))
      gaps.push({
        markingPointKey: point.key,
        items: chosen.length,
        message:
          `needs a teacher-written item: the specification gives enough for ${chosen.length} sound ` +
          `item${chosen.length === 1 ? '' : 's'} on "${point.focus}"`,
      });
    return chosen;
  });
  const balanced = balanceKeyPositions(items, options.seed);
  // The whole bank once more: a bank-wide error drops the later item of the pair.
  const errors = new Set(
    lintBank(balanced, checks)
      .filter((finding) => finding.severity === 'ERROR' && finding.itemIndex !== null)
      .map((finding) => finding.itemIndex),
  );
  return {
    items: balanced.filter((_, index) => !errors.has(index)),
    generatorVersion: GENERATOR_VERSION,
    gaps,
    candidates,
  };
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
