import type { Fact, RelatedFact } from './fact-types';
import { contentStems, stem } from './tokens';

/** A fact read from the marking point's own line always relates to it, above any overlap. */
export const OWN_LINE_SCORE = 100;
/** The least overlap (sum of shared stems' IDF) that makes a fact related to a marking point. */
export const RELATED_THRESHOLD = 1.25;
// Another marking point's material is that point's first; here it only counts at half weight.
const OTHER_MARKING_POINT_WEIGHT = 0.5;
// Material nothing else claims goes to its closest marking point, if it overlaps it enough.
const ORPHAN_KINDS: ReadonlySet<Fact['kind']> = new Set([
  'MODEL',
  'LEGISLATION',
  'CALCULATION',
  'PAIRS',
  'EQUALITY',
]);
const ORPHAN_THRESHOLD = 1;
// A model, law or list is about one marking point: it stays with another only if it overlaps that
// one nearly as much, so "the LATER model" is not asked under every point that says "customer".
const SUBJECT_KINDS: ReadonlySet<Fact['kind']> = new Set([
  'MODEL',
  'LEGISLATION',
  'ACRONYM',
  'CALCULATION',
  'PAIRS',
  'ENUMERATION',
  'CATEGORY',
]);
const SHARE_OF_BEST = 0.6;
// Statements about the topic as a whole that may stand in when a marking point has too few of its own.
const LOOSE_KINDS: ReadonlySet<Fact['kind']> = new Set(['MISCONCEPTION', 'TIP']);
// Category nouns that say nothing about the subject: "innovation models" and "the LASS model" are unrelated.
const GENERIC_STEMS = new Set(
  ['model', 'method', 'approach', 'type', 'kind', 'technique', 'framework', 'element', 'way', 'tool'].map(
    stem,
  ),
);

/** The words a fact is about, for overlap with marking points. */
export function factTerms(fact: Fact): string {
  const concept = fact.concept ?? '';
  switch (fact.kind) {
    case 'MODEL':
      return `${fact.name} ${fact.steps.join(' ')} ${concept}`;
    case 'ACRONYM':
      return `${fact.expansion} ${concept}`;
    case 'LEGISLATION':
      return `${fact.title} ${concept}`;
    case 'ENUMERATION':
    case 'CATEGORY':
      return `${fact.head} ${fact.items.join(' ')}`;
    case 'PAIRS':
      return `${fact.head} ${fact.pairs.map((pair) => `${pair.term} ${pair.description}`).join(' ')}`;
    case 'EQUALITY':
      return `${fact.left.unit} ${fact.right.unit} ${concept}`;
    case 'CALCULATION':
      return fact.name;
    case 'FORMULA':
      return `${fact.result.label} ${fact.inputs.map((input) => input.label).join(' ')}`;
    case 'MISCONCEPTION':
      return fact.mistake;
    case 'CONCEPT':
      return `${fact.name} ${fact.definition}`;
    case 'TIP':
      return fact.advice;
  }
}

/** Inverse document frequency of each stem over the spec's lines (a stem on every line weighs ~0). */
export function inverseDocumentFrequency(documents: readonly string[]): (stem: string) => number {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const stem of contentStems(document)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const total = documents.length;
  return (stem) => Math.log((total + 1) / ((frequency.get(stem) ?? 0) + 1));
}

export interface MarkingPointLine {
  text: string;
  line: number;
}

/**
 * For each marking point, the facts related to it, best first: facts from its own line, then facts
 * whose words overlap its words (IDF-weighted, stemming-lite) by at least RELATED_THRESHOLD. A
 * model, law, abbreviation, calculation or concept that relates to no marking point is attached
 * to the marking point it overlaps most. `loose` lists misconceptions and tips that overlap a point a
 * little, for when it has too few of its own.
 * `extraTerms` adds words a knowledge pack knows about a fact (e.g. what a law covers).
 */
export function relateFacts(
  markingPoints: readonly MarkingPointLine[],
  facts: readonly Fact[],
  idf: (stem: string) => number,
  extraTerms: (fact: Fact) => string = () => '',
): { related: RelatedFact[]; loose: RelatedFact[] }[] {
  const pointStems = markingPoints.map((point) => contentStems(point.text));
  const scores = markingPoints.map((point, index) =>
    inheritLineScores(
      facts,
      facts.map((fact) => scoreFact(point, pointStems[index], fact, idf, extraTerms(fact))),
    ),
  );
  const best = facts.map((_, factIndex) => Math.max(0, ...scores.map((row) => row[factIndex])));
  const related = markingPoints.map((_, index) =>
    facts
      .map((fact, factIndex) => ({ fact, score: scores[index][factIndex], best: best[factIndex] }))
      .filter(
        ({ fact, score, best: top }) =>
          score >= RELATED_THRESHOLD && (!SUBJECT_KINDS.has(fact.kind) || score >= top * SHARE_OF_BEST),
      )
      .map(({ fact, score }) => ({ fact, score })),
  );

  facts.forEach((fact, factIndex) => {
    if (!ORPHAN_KINDS.has(fact.kind) || related.some((list) => list.some((r) => r.fact === fact))) return;
    const index = scores.findIndex((row) => row[factIndex] === best[factIndex]);
    if (best[factIndex] >= ORPHAN_THRESHOLD) related[index].push({ fact, score: best[factIndex] });
  });

  const byScore = (a: RelatedFact, b: RelatedFact): number =>
    b.score - a.score || a.fact.lines[0] - b.fact.lines[0];
  return related.map((list, index) => ({
    related: [...list].sort(byScore),
    loose: facts
      .map((fact, factIndex) => ({ fact, score: scores[index][factIndex] }))
      .filter(({ fact, score }) => LOOSE_KINDS.has(fact.kind) && score > 0 && score < RELATED_THRESHOLD)
      .sort(byScore),
  }));
}

// A list or model inside a tip or a key concept is what that bullet is about: it relates to a
// marking point at least as the bullet does (a little less), even when its own words do not.
const HOST_KINDS: ReadonlySet<Fact['kind']> = new Set(['TIP', 'CONCEPT']);
const GUEST_KINDS: ReadonlySet<Fact['kind']> = new Set([
  'ENUMERATION',
  'CATEGORY',
  'MODEL',
  'PAIRS',
  'EQUALITY',
  'ACRONYM',
]);
const INHERITED_SHARE = 0.8;

function inheritLineScores(facts: readonly Fact[], scores: number[]): number[] {
  const hostScore = new Map<number, number>();
  facts.forEach((fact, index) => {
    if (!HOST_KINDS.has(fact.kind)) return;
    for (const line of fact.lines) hostScore.set(line, Math.max(hostScore.get(line) ?? 0, scores[index]));
  });
  return facts.map((fact, index) => {
    if (!GUEST_KINDS.has(fact.kind)) return scores[index];
    const inherited = Math.max(0, ...fact.lines.map((line) => hostScore.get(line) ?? 0)) * INHERITED_SHARE;
    return Math.max(scores[index], inherited);
  });
}

function scoreFact(
  point: MarkingPointLine,
  stems: readonly string[],
  fact: Fact,
  idf: (stem: string) => number,
  extra: string,
): number {
  if (fact.lines.includes(point.line)) return OWN_LINE_SCORE;
  const factStems = new Set(contentStems(`${factTerms(fact)} ${extra}`));
  const overlap = stems
    .filter((stem) => factStems.has(stem) && !GENERIC_STEMS.has(stem))
    .reduce((sum, stem) => sum + idf(stem), 0);
  return fact.source === 'MARKING_POINT' ? overlap * OTHER_MARKING_POINT_WEIGHT : overlap;
}
