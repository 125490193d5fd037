import type { ModelFact } from './fact-types';
import {
  acronymsIn,
  conceptPhrase,
  linesOf,
  splitBoundedList,
  spellsAcronym,
  type SourceLine,
} from './phrases';

// Nouns after a model's name that make its parts a sequence; anything else (triad, mix, analysis,
// objectives) is a set whose order is only the acronym's spelling.
const ORDERED_NOUNS =
  /^(?:model|cycle|process|method|approach|technique|procedure|sequence|steps|stages|phases|lifecycle|loop)$/i;
const ORDERED_CONTEXT =
  /\b(?:cycle|process|sequence|steps?|stages|phases|in (?:the correct |that )?order)\b|-step\b/i;
const MODEL_NOUN =
  '(model|cycle|framework|process|method|approach|technique|procedure|triad|mix|analysis|principles|criteria|objectives|targets|steps|stages|phases|loop|rule)';

// 'LATER' model (Listen, Apologise, …) — an acronym in optional quotes, an optional noun, a list.
const ACRONYM_LIST = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])['‘"“]?((?:\\d+\\s?)?[A-Z][A-Z0-9]{0,7}s?)['’"”]?(?:\\s+${MODEL_NOUN})?\\s*\\(([^()]+)\\)`,
  'gu',
);
// Plan-Do-Check-Act (PDCA) cycle — capitalised words joined by hyphens, optional acronym and noun.
const HYPHENATED = new RegExp(
  `\\b([A-Z][a-z]+(?:[-–][A-Z][a-z]+){2,})(?:\\s*\\(([A-Z]{2,})\\))?(?:\\s+${MODEL_NOUN})?`,
  'gu',
);
// Specific, Measurable, Achievable, Relevant and Time-bound — capitalised words in a list.
const CAPITALISED_LIST = /\b([A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+(?:and|or)\s+[A-Z][\w-]*)/g;

type ModelDraft = Pick<ModelFact, 'name' | 'steps' | 'ordered'> & { acronym?: string };

/**
 * Named models with their parts, from one spec line: acronym models whose bracketed parts spell
 * the acronym ('LATER' model (Listen, …), 4 Cs (Cleaning, …)), hyphenated cycles
 * (Plan-Do-Check-Act (PDCA)), and on a key concept line, any list that spells an acronym in the
 * concept's name ("SMART objectives: … Specific, Measurable, Achievable, Relevant and Time-bound").
 */
export function extractModels(source: SourceLine): ModelFact[] {
  const models: ModelFact[] = [];
  const add = (model: ModelDraft): void => {
    if (models.some((existing) => existing.steps.join('|') === model.steps.join('|'))) return;
    models.push({
      id: `model-${source.line}-${models.length}`,
      kind: 'MODEL',
      source: source.source,
      lines: linesOf(source),
      ...(source.concept ? { concept: source.concept } : {}),
      ...model,
    });
  };

  for (const match of source.text.matchAll(ACRONYM_LIST)) {
    const acronym = match[1].replace(/\s+/g, '');
    const noun = match[2];
    const steps = splitBoundedList(match[3]);
    if (steps.length < 2 || !spellsAcronym(acronym, steps)) continue;
    add({
      name: noun ? `${match[1]} ${noun.toLowerCase()}` : match[1],
      acronym,
      steps,
      ordered: noun !== undefined && ORDERED_NOUNS.test(noun),
    });
  }

  for (const match of source.text.matchAll(HYPHENATED)) {
    const steps = match[1].split(/[-–]/);
    const acronym = match[2] && spellsAcronym(match[2], steps) ? match[2] : undefined;
    const noun = match[3]?.toLowerCase();
    const name = [match[1], acronym ? `(${acronym})` : '', noun ?? ''].filter(Boolean).join(' ');
    add({
      name,
      ...(acronym ? { acronym } : {}),
      steps,
      ordered: noun === undefined || ORDERED_NOUNS.test(noun),
    });
  }

  for (const model of conceptModels(source)) add(model);
  return models;
}

// On a key concept line, lists that spell an acronym of the concept's name are that concept's parts.
function conceptModels(source: SourceLine): ModelDraft[] {
  const concept = source.concept;
  if (!concept) return [];
  const acronyms = acronymsIn(concept);
  if (acronyms.length === 0) return [];
  const lists = [
    ...[...source.text.matchAll(/\(([^()]+)\)/g)].map((match) => ({
      items: splitBoundedList(match[1]),
      index: match.index,
    })),
    ...[...source.text.matchAll(CAPITALISED_LIST)].map((match) => ({
      items: splitBoundedList(match[1]),
      index: match.index,
    })),
  ];
  const drafts: ModelDraft[] = [];
  for (const { items, index } of lists) {
    const acronym = acronyms.find((candidate) => spellsAcronym(candidate, items));
    if (!acronym) continue;
    const context = `${concept} ${source.text.slice(Math.max(0, index - 40), index)}`;
    drafts.push({
      name: conceptPhrase(concept),
      acronym: acronym.replace(/\s+/g, ''),
      steps: items,
      ordered: ORDERED_CONTEXT.test(context) || /[A-Z][a-z]+-[A-Z][a-z]+-/.test(concept),
    });
  }
  return drafts;
}
