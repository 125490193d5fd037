import type { CognitiveLevel, ItemContent, ItemDraft, ItemFeedback } from '@markpoint/grading';
import type { Fact } from '../../facts/fact-types';
import { GENERATOR_VERSION } from '../../generator-version';
import type { StrategyContext } from '../item-strategy';

export interface DraftOptions {
  level: CognitiveLevel;
  feedback: ItemFeedback;
  /** The facts the item was written from: their lines join the marking point's in the provenance. */
  facts: readonly Fact[];
  maxScore?: number;
}

/** An item for the context's marking point, traced to its line and the lines of the facts used. */
export function makeDraft(
  ctx: StrategyContext,
  strategy: string,
  content: ItemContent,
  options: DraftOptions,
): ItemDraft {
  const point = ctx.material.markingPoint;
  const lines = new Set<number>();
  for (let line = point.line; line <= Math.max(point.line, point.endLine); line++) lines.add(line);
  for (const fact of options.facts) fact.lines.forEach((line) => lines.add(line));
  return {
    content,
    markingPointKeys: [point.key],
    level: options.level,
    feedback: options.feedback,
    maxScore: options.maxScore ?? 1,
    provenance: { specId: ctx.specId, specVersion: ctx.specVersion, lines: [...lines].sort((a, b) => a - b) },
    generator: { strategy, version: GENERATOR_VERSION, seed: ctx.seed },
  };
}

/** "line 7" or "lines 7 and 23" for feedback that points back to the specification. */
export function linesLabel(facts: readonly Fact[]): string {
  const lines = [...new Set(facts.flatMap((fact) => fact.lines))].sort((a, b) => a - b);
  if (lines.length === 0) return 'the specification';
  if (lines.length === 1) return `line ${lines[0]} of the specification`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]} of the specification`;
}
