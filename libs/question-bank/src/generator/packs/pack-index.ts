import type { FormulaId } from '@markpoint/grading';
import type { Fact } from '../facts/fact-types';
import { contentStems } from '../facts/tokens';
import type {
  KnowledgePack,
  PackCategory,
  PackFormula,
  PackLegislation,
  PackModel,
  PackTerm,
} from './knowledge-pack';

/** Fast look-ups over a set of packs; every method is pure and ordered by pack, then by entry. */
export interface PackIndex {
  readonly packs: readonly KnowledgePack[];
  readonly categories: readonly PackCategory[];
  readonly models: readonly PackModel[];
  readonly laws: readonly PackLegislation[];
  formula(id: FormulaId): PackFormula | undefined;
  /** The pack entry for a law, by name or alias, ignoring case, punctuation and the year. */
  law(name: string): PackLegislation | undefined;
  /** The pack entry for a model, by acronym, name, alias or identical steps. */
  model(model: { name: string; acronym?: string; steps: readonly string[] }): PackModel | undefined;
  /** The category a list heading names ("data collection methods"), if any. */
  categoryForHead(head: string): PackCategory | undefined;
  /** The category and entry of a term by its name or alias ("spreadsheets" → Spreadsheets). */
  term(text: string): { category: PackCategory; term: PackTerm } | undefined;
  category(id: string): PackCategory | undefined;
  /** Words a pack knows about a fact, so that it relates to marking points that use them. */
  extraTerms(fact: Fact): string;
}

export const EMPTY_PACK_INDEX: PackIndex = indexPacks([]);

export function indexPacks(packs: readonly KnowledgePack[]): PackIndex {
  const categories = packs.flatMap((pack) => pack.categories);
  const models = packs.flatMap((pack) => pack.models);
  const laws = packs.flatMap((pack) => pack.legislation);
  const formulas = packs.flatMap((pack) => pack.formulas);

  const law = (name: string): PackLegislation | undefined => {
    const wanted = normalise(name.replace(/\s+\d{4}$/, ''));
    return laws.find((entry) =>
      [entry.name, ...entry.aliases].some((candidate) => normalise(candidate) === wanted),
    );
  };
  const model = (fact: {
    name: string;
    acronym?: string;
    steps: readonly string[];
  }): PackModel | undefined => {
    const names = new Set([fact.name, fact.acronym ?? ''].filter(Boolean).map(normalise));
    const steps = fact.steps.map(normalise).join('|');
    return models.find(
      (entry) =>
        entry.steps.map(normalise).join('|') === steps ||
        [entry.name, entry.acronym ?? '', ...entry.aliases]
          .filter(Boolean)
          .some((candidate) => names.has(normalise(candidate))),
    );
  };
  const categoryForHead = (head: string): PackCategory | undefined => {
    const wanted = stemKey(head);
    if (wanted === '') return undefined;
    return categories.find((category) =>
      [category.label, category.plural, ...category.aliases].some(
        (candidate) => stemKey(candidate) === wanted,
      ),
    );
  };
  const term = (text: string): { category: PackCategory; term: PackTerm } | undefined => {
    const wanted = normalise(text);
    for (const category of categories) {
      const found = category.terms.find((entry) =>
        [entry.term, ...entry.aliases].some((candidate) => normalise(candidate) === wanted),
      );
      if (found) return { category, term: found };
    }
    return undefined;
  };

  return {
    packs,
    categories,
    models,
    laws,
    formula: (id) => formulas.find((entry) => entry.formula === id),
    law,
    model,
    categoryForHead,
    term,
    category: (id) => categories.find((category) => category.id === id),
    extraTerms: (fact) => {
      switch (fact.kind) {
        case 'LEGISLATION': {
          const entry = law(fact.name);
          return entry ? `${entry.keywords.join(' ')} ${entry.covers}` : '';
        }
        case 'MODEL': {
          const entry = model(fact);
          return entry ? `${entry.keywords.join(' ')} ${entry.purpose}` : '';
        }
        case 'ENUMERATION':
        case 'CATEGORY': {
          const category = categoryForHead(fact.head);
          return category ? [category.plural, ...category.aliases].join(' ') : '';
        }
        default:
          return '';
      }
    },
  };
}

/** Lower case, "&" as "and", punctuation and "etc." dropped, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\betc\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stemKey(text: string): string {
  return [...contentStems(text)].sort().join(' ');
}
