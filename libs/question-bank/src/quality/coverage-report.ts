import {
  COGNITIVE_LEVELS,
  ITEM_TYPES,
  type CognitiveLevel,
  type ItemDraft,
  type ItemType,
} from '@markpoint/grading';
import { plural } from './plural';

const LEVELS: readonly CognitiveLevel[] = COGNITIVE_LEVELS;

export interface MarkingPointRef {
  key: string;
  text: string;
  line: number;
}

/** What "covered" means: at least `minItems` items of at least `minTypes` different types. */
export interface CoverageRule {
  minItems: number;
  minTypes: number;
}

export const DEFAULT_COVERAGE_RULE: Readonly<CoverageRule> = { minItems: 3, minTypes: 2 };

export interface MarkingPointCoverage extends MarkingPointRef {
  items: number;
  /** Distinct types of the aligned items, in ITEM_TYPES order. */
  types: ItemType[];
  /** Distinct levels of the aligned items, RECALL → APPLY → ANALYSE. */
  levels: CognitiveLevel[];
  ok: boolean;
  /** Why the marking point falls short; null when it is covered. */
  reason: string | null;
}

export interface CoverageReport {
  /** Every marking point covered. */
  ok: boolean;
  markingPoints: MarkingPointCoverage[];
  /** Items none of whose keys names one of the marking points. */
  unaligned: number;
}

/** How well the items cover each marking point, in the order the marking points are given. */
export function coverageReport(
  items: ItemDraft[],
  markingPoints: MarkingPointRef[],
  rule: CoverageRule = DEFAULT_COVERAGE_RULE,
): CoverageReport {
  const coverage = markingPoints.map((point) => coverageOf(point, items, rule));
  const keys = new Set(markingPoints.map((point) => point.key));
  return {
    ok: coverage.every((point) => point.ok),
    markingPoints: coverage,
    unaligned: items.filter((item) => !item.markingPointKeys.some((key) => keys.has(key))).length,
  };
}

function coverageOf(point: MarkingPointRef, items: ItemDraft[], rule: CoverageRule): MarkingPointCoverage {
  const aligned = items.filter((item) => item.markingPointKeys.includes(point.key));
  const types = ITEM_TYPES.filter((type) => aligned.some((item) => item.content.type === type));
  const levels = LEVELS.filter((level) => aligned.some((item) => item.level === level));
  const ok = aligned.length >= rule.minItems && types.length >= rule.minTypes;
  const reason = ok
    ? null
    : `needs a teacher-written item: ${plural(aligned.length, 'item')} of ${plural(types.length, 'type')}` +
      `${types.length > 0 ? ` (${types.join(', ')})` : ''}; ` +
      `needs at least ${plural(rule.minItems, 'item')} of at least ${plural(rule.minTypes, 'type')}`;
  // Copy only the reference fields: callers pass marking-point entities with more columns.
  return {
    key: point.key,
    text: point.text,
    line: point.line,
    items: aligned.length,
    types,
    levels,
    ok,
    reason,
  };
}
