import type { ModelFact } from '../../facts/fact-types';
import { decapitalise } from '../../facts/phrases';
import type { PackModel } from '../../packs/knowledge-pack';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import { allOf } from '../support/material';
import { quoted } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

/** A model as the question builders see it: from the spec (with lines) or from a pack. */
export interface ModelView {
  name: string;
  acronym?: string;
  steps: string[];
  ordered: boolean;
  purpose?: string;
  category?: string;
  fact?: ModelFact;
}

/** The models a marking point relates to, spec ones first, each with what its pack knows. */
export function modelViews(ctx: StrategyContext): ModelView[] {
  const fromSpec = ctx.material.models.map((fact) => viewOf(ctx, fact));
  const fromPacks = ctx.material.packModels.map(packView);
  return [...fromSpec, ...fromPacks];
}

/** Every model the spec or the packs know, for distractors. */
export function allModelViews(ctx: StrategyContext): ModelView[] {
  const fromSpec = allOf(ctx.base, 'MODEL').map((fact) => viewOf(ctx, fact));
  const known = new Set(fromSpec.map((view) => view.steps.join('|').toLowerCase()));
  return [
    ...fromSpec,
    ...ctx.packs.models.map(packView).filter((view) => !known.has(view.steps.join('|').toLowerCase())),
  ];
}

function viewOf(ctx: StrategyContext, fact: ModelFact): ModelView {
  const pack = ctx.packs.model(fact);
  return {
    name: fact.name,
    ...(fact.acronym ? { acronym: fact.acronym } : {}),
    steps: fact.steps,
    ordered: fact.ordered || (pack?.ordered ?? false),
    ...(pack ? { purpose: pack.purpose, category: pack.category } : {}),
    fact,
  };
}

function packView(model: PackModel): ModelView {
  return {
    name: model.name,
    ...(model.acronym ? { acronym: model.acronym } : {}),
    steps: model.steps,
    ordered: model.ordered,
    purpose: model.purpose,
    category: model.category,
  };
}

/** "stage" for cycles, "level" for hierarchies, "step" for other sequences, "element" for sets. */
export function partNoun(model: ModelView): string {
  if (/\b(?:cycle|life cycle|stages)\b/i.test(model.name)) return 'stage';
  if (/\bhierarchy\b/i.test(model.name)) return 'level';
  if (/\bprinciples\b/i.test(model.name)) return 'principle';
  return model.ordered ? 'step' : 'element';
}

/** "the LATER model", "the stages of mitosis" — as it reads inside a sentence. */
export function modelPhrase(model: ModelView): string {
  return `the ${decapitalise(model.name)}`;
}

/** "the steps of the LATER model", but "the stages of mitosis" and "the HACCP principles" as they are. */
export function partsPhrase(model: ModelView): string {
  const phrase = modelPhrase(model);
  if (
    /^the (?:\w+ )?(?:stages|steps|phases|levels|principles|elements)\b/i.test(phrase) ||
    /(?:principles|stages|steps)$/i.test(phrase)
  ) {
    return phrase;
  }
  return `the ${partNoun(model)}s of ${phrase}`;
}

/** "The SWOT analysis is", "The SMART objectives are". */
export function modelIs(model: Pick<ModelView, 'name'>): string {
  return /(?:s|Ps)$/.test(model.name) && !/(?:sis|ss)$/.test(model.name) ? 'are' : 'is';
}

export function modelQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  return modelViews(ctx).flatMap((model) => [
    ...purposeQuestion(ctx, model),
    ...nextStepQuestion(ctx, model),
    ...letterQuestion(ctx, model),
  ]);
}

function facts(model: ModelView): ModelFact[] {
  return model.fact ? [model.fact] : [];
}

function purposeQuestion(ctx: StrategyContext, model: ModelView): ChoiceQuestion[] {
  if (!model.purpose) return [];
  const pool = allModelViews(ctx)
    .filter((other) => other.name !== model.name && (!other.category || other.category !== model.category))
    .map((other) => ({
      text: other.name,
      why: other.purpose
        ? `The ${other.name} ${modelIs(other)} used for ${other.purpose}.`
        : `The ${other.name} ${modelIs(other)} not a model for ${model.purpose}.`,
    }));
  return [
    {
      family: 'model-purpose',
      stem: `Which model is used for ${model.purpose}?`,
      keys: [
        {
          text: model.name,
          why: `The ${model.name} (${model.steps.join(', ')}) ${modelIs(model)} used for ${model.purpose}.`,
        },
      ],
      pool,
      level: 'RECALL',
      facts: facts(model),
      feedback: {
        correct: `The ${model.name} (${model.steps.join(', ')}) ${modelIs(model)} used for ${model.purpose}.`,
        incorrect: `Revisit the ${model.name} in ${linesLabel(facts(model))}.`,
      },
    },
  ];
}

function nextStepQuestion(ctx: StrategyContext, model: ModelView): ChoiceQuestion[] {
  if (!model.ordered || model.steps.length < 4) return [];
  const index = ctx.random.int(0, model.steps.length - 2);
  const [current, next] = [model.steps[index], model.steps[index + 1]];
  const noun = partNoun(model);
  const pool = model.steps
    .map((step, position) => ({ step, position }))
    .filter(({ position }) => position !== index && position !== index + 1)
    .map(({ step, position }) => ({
      text: step,
      why: `${quoted(step)} is ${noun} ${position + 1} of ${model.steps.length}, not the one after ${quoted(current)}.`,
    }));
  const sequence = model.steps.join(' → ');
  return [
    {
      family: 'model-next-step',
      stem: `In ${modelPhrase(model)}, which ${noun} comes immediately after ${quoted(current)}?`,
      keys: [{ text: next, why: `${quoted(next)} follows ${quoted(current)}: ${sequence}.` }],
      pool,
      level: 'RECALL',
      facts: facts(model),
      feedback: {
        correct: `The order is ${sequence}.`,
        incorrect: `Revisit the order in ${linesLabel(facts(model))}: ${sequence}.`,
      },
    },
  ];
}

function letterQuestion(ctx: StrategyContext, model: ModelView): ChoiceQuestion[] {
  const acronym = model.acronym?.replace(/s$/, '');
  if (!acronym || !/^[A-Z]+$/.test(acronym) || acronym.length !== model.steps.length) return [];
  const unique = [...acronym]
    .map((letter, index) => ({ letter, index }))
    .filter(({ letter }) => acronym.split(letter).length === 2);
  if (unique.length === 0) return [];
  const { letter, index } = ctx.random.pick(unique);
  const step = model.steps[index];
  const pool = allModelViews(ctx)
    .filter((other) => other.name !== model.name)
    .flatMap((other) =>
      other.steps
        .filter(
          (candidate) => candidate.charAt(0).toUpperCase() === letter && !model.steps.includes(candidate),
        )
        .map((candidate) => ({
          text: candidate,
          why: `${quoted(candidate)} belongs to the ${other.name}, not the ${model.name}.`,
        })),
    );
  return [
    {
      family: 'model-letter',
      stem: `In ${modelPhrase(model)}, what does the ${quoted(letter)} stand for?`,
      keys: [{ text: step, why: `${model.acronym} stands for ${model.steps.join(', ')}.` }],
      pool,
      level: 'RECALL',
      facts: facts(model),
      feedback: {
        correct: `${model.acronym} stands for ${model.steps.join(', ')}.`,
        incorrect: `Revisit ${linesLabel(facts(model))}: ${model.acronym} stands for ${model.steps.join(', ')}.`,
      },
    },
  ];
}
