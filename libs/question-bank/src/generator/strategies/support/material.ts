import type {
  AcronymFact,
  CalculationFact,
  ConceptFact,
  EnumerationFact,
  EqualityFact,
  Fact,
  FactBase,
  LegislationFact,
  MarkingPointFacts,
  MisconceptionFact,
  ModelFact,
  PairsFact,
  TipFact,
} from '../../facts/fact-types';
import { contentStems } from '../../facts/tokens';
import type { PackCategory, PackLegislation, PackModel } from '../../packs/knowledge-pack';
import type { PackIndex } from '../../packs/pack-index';

/** A pack category that a marking point is about, with the spec list that names it, if any. */
export interface CategoryMatch {
  category: PackCategory;
  list?: EnumerationFact;
}

/** A marking point's related facts by kind (best first) and the pack entries that relate to it. */
export interface Material {
  markingPoint: MarkingPointFacts;
  models: ModelFact[];
  laws: LegislationFact[];
  lists: EnumerationFact[];
  pairs: PairsFact[];
  equalities: EqualityFact[];
  calculations: CalculationFact[];
  misconceptions: MisconceptionFact[];
  concepts: ConceptFact[];
  tips: TipFact[];
  acronyms: AcronymFact[];
  categories: CategoryMatch[];
  /** Pack models the spec's facts do not include but the marking point names. */
  packModels: PackModel[];
  /** Pack laws the spec's facts do not include but the marking point names. */
  packLaws: PackLegislation[];
}

// A model, law, list or calculation is the subject of its own items only when it clearly relates to
// the point (or is on its line); a weaker link still feeds the written task's rubric.
export const SUBJECT_SCORE = 2.5;
const MIN_STATEMENTS = 2;
// A point that speaks of legislation is about any law it shares a word with ("data protection legislation").
const LAW_WORDS = /\b(?:legislation|law|laws|act|acts|regulations?|legal)\b/i;

export function materialFor(markingPoint: MarkingPointFacts, base: FactBase, packs: PackIndex): Material {
  const namesLaw = LAW_WORDS.test(markingPoint.text);
  const facts = markingPoint.related
    .filter(
      ({ fact, score }) =>
        score >= SUBJECT_SCORE ||
        fact.kind === 'MISCONCEPTION' ||
        fact.kind === 'TIP' ||
        (fact.kind === 'LEGISLATION' && namesLaw),
    )
    .map((related) => related.fact);
  const widen = <F extends Fact>(own: F[], kind: Fact['kind']): F[] =>
    own.length >= MIN_STATEMENTS
      ? own
      : [
          ...own,
          ...markingPoint.loose.map((loose) => loose.fact).filter((fact): fact is F => fact.kind === kind),
        ].slice(0, MIN_STATEMENTS);
  const of = <K extends Fact['kind']>(...kinds: K[]): Extract<Fact, { kind: K }>[] =>
    facts.filter((fact): fact is Extract<Fact, { kind: K }> => (kinds as string[]).includes(fact.kind));
  const lists = of('ENUMERATION', 'CATEGORY');
  const pointStems = new Set(contentStems(markingPoint.text));
  const mentions = (phrase: string): boolean => {
    const stems = contentStems(phrase);
    return stems.length >= 2 && stems.every((stem) => pointStems.has(stem));
  };

  // A pack adds models and laws only when the marking point names them: packs enrich what the spec
  // teaches (distractors, purposes, figures), they do not bring in content it never mentions.
  const names = (name: string): boolean =>
    new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(markingPoint.text);

  const categories: CategoryMatch[] = [];
  for (const list of lists) {
    const category = packs.categoryForHead(list.head);
    if (category && !categories.some((match) => match.category === category))
      categories.push({ category, list });
  }
  for (const category of packs.categories) {
    if (categories.some((match) => match.category === category)) continue;
    if ([category.plural, category.label, ...category.aliases].some(mentions)) categories.push({ category });
  }

  const specModels = base.facts.filter((fact): fact is ModelFact => fact.kind === 'MODEL');
  const packModels = packs.models.filter(
    (model) =>
      !specModels.some((fact) => packs.model(fact) === model) &&
      [model.name, ...(model.acronym ? [model.acronym] : []), ...model.aliases].some(names),
  );
  const specLaws = base.facts.filter((fact): fact is LegislationFact => fact.kind === 'LEGISLATION');
  const packLaws = packs.laws.filter(
    (law) => !specLaws.some((fact) => packs.law(fact.name) === law) && [law.name, ...law.aliases].some(names),
  );

  return {
    markingPoint,
    models: of('MODEL'),
    laws: of('LEGISLATION'),
    lists,
    pairs: of('PAIRS'),
    equalities: of('EQUALITY'),
    calculations: of('CALCULATION'),
    // Only misconceptions that concern this point: a loosely related one tests another point.
    misconceptions: of('MISCONCEPTION').filter((fact) => scoreOf(markingPoint, fact) >= SUBJECT_SCORE),
    concepts: of('CONCEPT'),
    tips: widen(of('TIP'), 'TIP'),
    acronyms: of('ACRONYM'),
    categories,
    packModels,
    packLaws,
  };
}

function scoreOf(point: MarkingPointFacts, fact: Fact): number {
  return point.related.find((related) => related.fact === fact)?.score ?? 0;
}

/** Every fact of the given kinds in the whole spec, in spec order. */
export function allOf<K extends Fact['kind']>(base: FactBase, ...kinds: K[]): Extract<Fact, { kind: K }>[] {
  return base.facts.filter((fact): fact is Extract<Fact, { kind: K }> =>
    (kinds as string[]).includes(fact.kind),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
