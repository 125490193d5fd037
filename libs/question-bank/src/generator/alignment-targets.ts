import { markingPointKey, type ParsedSpec } from '@markpoint/spec';
import type { AlignmentTarget, LintOptions } from '../quality/lint-finding';
import { buildFactBase } from './facts/build-fact-base';
import type { FactBase } from './facts/fact-types';
import { orderedFactsOf } from './facts/ordered-facts';
import { SUBJECT_SCORE } from './strategies/support/material';

/** The text of every line of the specification, by its 1-based line number. */
export function specLineTexts(spec: ParsedSpec): Map<number, string> {
  const texts = new Map<number, string>();
  const add = (line: number, text: string): void => void texts.set(line, text);
  spec.synopsis.forEach((line) => add(line.line, line.text));
  spec.keyConcepts.forEach((concept) => add(concept.line, `${concept.name}: ${concept.description}`));
  [...spec.examTips, ...spec.misconceptions, ...spec.markingPoints].forEach((line) =>
    add(line.line, line.text),
  );
  return texts;
}

/**
 * What each marking point rewards, for the alignment check: its own text and the lines of the facts
 * that clearly concern the same thing (key concepts, misconceptions, tips on the same subject).
 */
export function alignmentTargetsOf(spec: ParsedSpec, base: FactBase): AlignmentTarget[] {
  const texts = specLineTexts(spec);
  return base.markingPoints.map((point) => ({
    key: point.key,
    text: point.text,
    related: [
      ...new Set(
        point.related
          .filter((related) => related.score >= SUBJECT_SCORE)
          .flatMap((related) => related.fact.lines.map((line) => texts.get(line) ?? '')),
      ),
    ].filter(Boolean),
  }));
}

/**
 * The checks generation applies, for the same specification: the item-writing rules, the
 * specification's stated sequences and what each marking point rewards. The quality report and
 * tests lint a stored bank with these, so they see what the generator saw.
 */
export function checkOptionsOf(spec: ParsedSpec, base?: FactBase): LintOptions {
  return {
    writing: true,
    orderedFacts: orderedFactsOf(spec),
    markingPoints: alignmentTargetsOf(spec, base ?? buildFactBase(spec, { markingPointKey })),
  };
}
