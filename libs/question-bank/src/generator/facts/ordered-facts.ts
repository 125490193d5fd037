import { markingPointKey, type ParsedSpec } from '@markpoint/spec';
import { buildFactBase } from './build-fact-base';

/** A sequence the specification states, with the lines it is on (the shape bank lint checks against). */
export interface OrderedSequence {
  lines: number[];
  steps: string[];
}

/**
 * Every ordered model the specification states (LATER, PDCA, the stages of mitosis…), read afresh
 * from the text: lint compares ordering items with these, so a stored order that drifted from the
 * spec is caught.
 */
export function orderedFactsOf(spec: ParsedSpec): OrderedSequence[] {
  return buildFactBase(spec, { markingPointKey }).facts.flatMap((fact) =>
    fact.kind === 'MODEL' && fact.ordered ? [{ lines: fact.lines, steps: fact.steps }] : [],
  );
}
