import type { ParsedSpec } from '@markpoint/spec';
import { extractAcronyms } from './extract-acronyms';
import { extractActions, markingPointFocus } from './extract-actions';
import { extractCalculations } from './extract-calculations';
import { extractConcept } from './extract-concepts';
import { extractEnumerations } from './extract-enumerations';
import { extractEqualities } from './extract-equalities';
import { extractFormulas } from './extract-formulas';
import { extractLegislation } from './extract-legislation';
import { extractMisconception } from './extract-misconceptions';
import { extractModels } from './extract-models';
import { extractTermPairs } from './extract-term-pairs';
import { extractTip } from './extract-tips';
import type { EnumerationFact, Fact, FactBase, ModelFact } from './fact-types';
import type { SourceLine } from './phrases';
import { inverseDocumentFrequency, relateFacts } from './relate-facts';

export interface BuildFactBaseOptions {
  markingPointKey: (text: string) => string;
  /** Words a knowledge pack adds to a fact when relating it to marking points. */
  extraTerms?: (fact: Fact) => string;
}

/**
 * Every fact of a parsed specification, each with its lines, and every marking point with its
 * actions and related facts. Pure: the same spec (and extra terms) always give the same base.
 */
export function buildFactBase(spec: ParsedSpec, options: BuildFactBaseOptions): FactBase {
  const facts: Fact[] = [];
  const collect = (found: Fact[]): void => found.forEach((fact) => mergeInto(facts, fact));
  const lineFacts = (source: SourceLine): Fact[] => [
    ...extractModels(source),
    ...extractAcronyms(source),
    ...extractLegislation(source),
    ...extractEnumerations(source).map(asSequenceModel),
    ...extractCalculations(source),
    ...extractEqualities(source),
    ...extractFormulas(source),
  ];

  spec.synopsis.forEach((line) => collect(lineFacts({ ...line, source: 'SYNOPSIS' })));
  spec.keyConcepts.forEach((concept) => {
    // The description only: "Name: a, b, c" must not read as a list headed by the name.
    const source: SourceLine = {
      ...concept,
      text: concept.description,
      source: 'KEY_CONCEPT',
      concept: concept.name,
    };
    collect([
      extractConcept({ ...source, name: concept.name, description: concept.description }),
      ...lineFacts(source),
    ]);
    collect(extractTermPairs(source));
  });
  spec.examTips.forEach((line) =>
    collect([extractTip({ ...line, source: 'EXAM_TIP' }), ...lineFacts({ ...line, source: 'EXAM_TIP' })]),
  );
  spec.misconceptions.forEach((line, index) => {
    const source: SourceLine = { ...line, source: 'MISCONCEPTION' };
    collect([
      extractMisconception(source, index),
      ...extractModels(source),
      ...extractLegislation(source),
      ...extractFormulas(source),
    ]);
  });
  spec.markingPoints.forEach((line) => collect(lineFacts({ ...line, source: 'MARKING_POINT' })));
  spec.extraSections.forEach((section) =>
    section.items.forEach((line) => collect(lineFacts({ ...line, source: 'OTHER' }))),
  );

  absorbModelLists(facts);
  const documents = [
    ...spec.synopsis,
    ...spec.keyConcepts,
    ...spec.examTips,
    ...spec.misconceptions,
    ...spec.markingPoints,
  ].map((line) => line.text);
  const related = relateFacts(
    spec.markingPoints,
    facts,
    inverseDocumentFrequency(documents),
    options.extraTerms,
  );

  return {
    facts,
    markingPoints: spec.markingPoints.map((point, index) => ({
      key: options.markingPointKey(point.text),
      text: point.text,
      line: point.line,
      endLine: point.endLine,
      actions: extractActions(point.text),
      focus: markingPointFocus(point.text),
      related: related[index].related,
      loose: related[index].loose,
    })),
  };
}

function asSequenceModel(fact: EnumerationFact): Fact {
  if (fact.marker !== 'BRACKETS' || !fact.sequence) return fact;
  const model: ModelFact = {
    id: fact.id.replace(/^enumeration/, 'model'),
    kind: 'MODEL',
    source: fact.source,
    lines: fact.lines,
    ...(fact.concept ? { concept: fact.concept } : {}),
    name: fact.head,
    steps: fact.items,
    ordered: true,
  };
  return model;
}

// The same law, model or list on several lines is one fact that remembers all its lines; a model
// keeps its most descriptive name ("stages of mitosis" over a concept's "cell cycle and mitosis").
function mergeInto(facts: Fact[], fact: Fact): void {
  const identity = identityOf(fact);
  const existing = identity ? facts.find((other) => identityOf(other) === identity) : undefined;
  if (!existing) {
    facts.push(fact);
    return;
  }
  existing.lines = unionLines(existing.lines, fact.lines);
  if (existing.kind === 'FORMULA' && fact.kind === 'FORMULA') {
    existing.sameUnits = existing.sameUnits || fact.sameUnits;
    const known = new Set(existing.benchmarks.map((benchmark) => benchmark.text));
    existing.benchmarks.push(...fact.benchmarks.filter((benchmark) => !known.has(benchmark.text)));
  }
  if (existing.kind === 'MODEL' && fact.kind === 'MODEL') {
    existing.ordered = existing.ordered || fact.ordered;
    existing.acronym = existing.acronym ?? fact.acronym;
    if (nameQuality(fact) > nameQuality(existing)) existing.name = fact.name;
  }
}

function nameQuality(model: ModelFact): number {
  if (model.acronym && model.name.includes(model.acronym)) return 3;
  if (model.concept && model.name === model.concept.replace(/^(?:the|a|an)\s+/i, '')) return 1;
  return /\b(?:stages|steps|phases|hierarchy|cycle|principles)\b/i.test(model.name) &&
    model.name.split(' ').length >= 2
    ? 2
    : 0;
}

// A list whose items are a model's parts is that model, mentioned again: it adds its lines only.
function absorbModelLists(facts: Fact[]): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const list = facts[i];
    if (list.kind !== 'ENUMERATION' && list.kind !== 'CATEGORY') continue;
    const key = list.items.join('|').toLowerCase();
    const model = facts.find(
      (fact): fact is ModelFact => fact.kind === 'MODEL' && fact.steps.join('|').toLowerCase() === key,
    );
    if (!model) continue;
    model.lines = unionLines(model.lines, list.lines);
    const asName = { ...model, name: list.head, acronym: undefined, concept: undefined };
    if (nameQuality(asName) > nameQuality(model)) model.name = list.head;
    facts.splice(i, 1);
  }
}

function unionLines(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function identityOf(fact: Fact): string | undefined {
  switch (fact.kind) {
    case 'MODEL':
      return `model:${fact.steps.join('|').toLowerCase()}`;
    case 'ACRONYM':
      return `acronym:${fact.acronym}`;
    case 'LEGISLATION':
      return `legislation:${fact.title.toLowerCase()}`;
    case 'CALCULATION':
      return `calculation:${fact.formula}`;
    case 'FORMULA':
      return `formula:${fact.result.name}=${fact.expression}`;
    case 'ENUMERATION':
    case 'CATEGORY':
      return `list:${fact.items.join('|').toLowerCase()}`;
    case 'EQUALITY':
      return `equality:${fact.left.value}${fact.left.unit}=${fact.right.value}${fact.right.unit}`;
    case 'PAIRS':
      return `pairs:${fact.pairs
        .map((pair) => pair.term)
        .join('|')
        .toLowerCase()}`;
    case 'MISCONCEPTION':
    case 'CONCEPT':
    case 'TIP':
      return undefined;
  }
}
