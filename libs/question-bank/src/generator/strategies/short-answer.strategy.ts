import { normaliseAnswer, type CognitiveLevel, type ItemDraft, type ItemType } from '@markpoint/grading';
import type { Fact } from '../facts/fact-types';
import { decapitalise } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { lawViews } from './questions/law-questions';
import { listViews } from './questions/list-questions';
import { modelPhrase, modelViews, partNoun, partsPhrase } from './questions/model-questions';
import { equalityText, quantity } from './questions/equality-questions';
import { singularPredicate } from './questions/pair-questions';
import { linesLabel, makeDraft } from './support/draft';
import { sortByRelevance } from './support/relevance';
import {
  formulaInWords,
  formulaName,
  quoted,
  singularPhrase,
  singularWord,
  termSentence,
} from './support/phrasing';

interface Question {
  family: string;
  stem: string;
  answers: string[];
  explanation: string;
  level: CognitiveLevel;
  facts: Fact[];
}

/**
 * Short recall answers checked after normalisation: what an abbreviation stands for (and the
 * other way round), a letter of an acronym model, the missing step of a sequence, the year in an
 * Act's title, the name of a calculation from its formula, and a term from its description.
 * Accepted answers include the usual variants (hyphens or spaces, singular or plural, "and").
 */
export class ShortAnswerStrategy implements ItemStrategy {
  readonly name = 'short-answer';
  readonly type: ItemType = 'SHORT_ANSWER';

  generate(ctx: StrategyContext): ItemDraft[] {
    const questions = sortByRelevance(ctx, [
      ...this.acronyms(ctx),
      ...this.models(ctx),
      ...this.years(ctx),
      ...this.calculations(ctx),
      ...this.equalities(ctx),
      ...this.terms(ctx),
    ]);
    return questions.map((question) =>
      makeDraft(
        ctx,
        `${this.name}:${question.family}`,
        { type: 'SHORT_ANSWER', stem: question.stem, acceptedAnswers: answerVariants(question.answers) },
        {
          level: question.level,
          facts: question.facts,
          feedback: {
            correct: question.explanation,
            incorrect: `${question.explanation} See ${linesLabel(question.facts)}.`,
          },
        },
      ),
    );
  }

  private acronyms(ctx: StrategyContext): Question[] {
    return ctx.material.acronyms.flatMap((fact) => [
      {
        family: 'acronym',
        stem: `What does ${fact.acronym} stand for?`,
        answers: [fact.expansion],
        explanation: `${fact.acronym} stands for ${fact.expansion}.`,
        level: 'RECALL' as const,
        facts: [fact],
      },
      {
        family: 'abbreviation',
        stem: `What is the usual abbreviation for ${quoted(decapitalise(fact.expansion))}?`,
        answers: [fact.acronym, `${fact.acronym}s`],
        explanation: `${fact.expansion} is abbreviated to ${fact.acronym}.`,
        level: 'RECALL' as const,
        facts: [fact],
      },
    ]);
  }

  private models(ctx: StrategyContext): Question[] {
    return modelViews(ctx).flatMap((model) => {
      const facts = model.fact ? [model.fact] : [];
      const acronym = model.acronym?.replace(/s$/, '');
      const noun = partNoun(model);
      if (acronym && /^[A-Z]+$/.test(acronym) && acronym.length === model.steps.length) {
        const index = ctx.random.int(0, model.steps.length - 1);
        // A letter used twice (the two Ss of LASS) needs its position to be answerable.
        const repeated =
          acronym.split(acronym[index]).length > 2 ? ` (${noun} ${index + 1} of ${model.steps.length})` : '';
        return [
          {
            family: 'model-letter',
            stem: `In ${modelPhrase(model)}, which ${noun} does the letter ${quoted(acronym[index])}${repeated} stand for?`,
            answers: [model.steps[index]],
            explanation: `${model.acronym} stands for ${model.steps.join(', ')}.`,
            level: 'RECALL' as const,
            facts,
          },
        ];
      }
      if (!model.ordered || model.steps.length < 3) return [];
      const index = ctx.random.int(0, model.steps.length - 1);
      const shown = model.steps.map((step, position) => (position === index ? '______' : step));
      return [
        {
          family: 'missing-step',
          stem: `In order, ${partsPhrase(model)} are: ${shown.join('; ')}. Which ${noun} is missing?`,
          answers: [model.steps[index]],
          explanation: `The ${noun}s in order are ${model.steps.join('; ')}.`,
          level: 'RECALL' as const,
          facts,
        },
      ];
    });
  }

  private years(ctx: StrategyContext): Question[] {
    return lawViews(ctx)
      .filter((law) => law.year !== undefined && law.fact)
      .map((law) => ({
        family: 'law-year',
        stem: `What year appears in the full title of the ${law.name}?`,
        answers: [String(law.year)],
        explanation: `Its full title is the ${law.title}.`,
        level: 'RECALL' as const,
        facts: law.fact ? [law.fact] : [],
      }));
  }

  private calculations(ctx: StrategyContext): Question[] {
    const seen = new Set<string>();
    return ctx.material.calculations.flatMap((fact) => {
      if (seen.has(fact.formula) || fact.formula === 'MEAN') return [];
      seen.add(fact.formula);
      const name = formulaName(fact.formula);
      return [
        {
          family: 'calculation-name',
          stem: `Which measure is calculated as ${decapitalise(formulaInWords(fact.formula))}?`,
          answers: [name, fact.name, ...(ctx.packs.formula(fact.formula)?.names ?? [])],
          explanation: `${name.charAt(0).toUpperCase()}${name.slice(1)} = ${decapitalise(formulaInWords(fact.formula))}.`,
          level: 'RECALL' as const,
          facts: [fact],
        },
      ];
    });
  }

  private equalities(ctx: StrategyContext): Question[] {
    return ctx.material.equalities.map((fact) => ({
      family: 'equality',
      stem: `How many ${fact.right.unit} are there in ${quantity(fact.left)}? Give the number only.`,
      answers: [String(Number(fact.right.value.toPrecision(12))), quantity(fact.right)],
      explanation: `${equalityText(fact)}.`,
      level: 'APPLY' as const,
      facts: [fact],
    }));
  }

  private terms(ctx: StrategyContext): Question[] {
    const fromPairs = ctx.material.pairs
      .filter((fact) => fact.pairs.length >= 3)
      .map((fact) => {
        const pair = ctx.random.pick(fact.pairs);
        return {
          family: 'pair-term',
          stem: `Name the ${singularPhrase(decapitalise(fact.head))} that ${singularPredicate(pair)}.`,
          answers: [pair.term, singularWord(pair.term)],
          explanation: `${pair.term}: ${pair.description}.`,
          level: 'RECALL' as const,
          facts: [fact],
        };
      });
    const fromPacks = listViews(ctx).flatMap((list) => {
      const described = (list.category?.terms ?? []).filter((term) => term.description);
      if (!list.category || described.length === 0) return [];
      const term = ctx.random.pick(described);
      return [
        {
          family: 'term',
          stem: `Name the ${list.category.label} that ${term.description}.`,
          answers: [term.term, ...term.aliases],
          explanation: termSentence(term.term, term.description ?? ''),
          level: 'RECALL' as const,
          facts: list.fact ? [list.fact] : [],
        },
      ];
    });
    return [...fromPairs, ...fromPacks];
  }
}

/** The answers and their usual variants, one per normalised form. */
export function answerVariants(answers: readonly string[]): string[] {
  const variants: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    const key = normaliseAnswer(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    variants.push(text.trim());
  };
  for (const answer of answers) {
    add(answer);
    // "Confidentiality, Integrity, Availability" is often written with "and" before the last part.
    if (!/\band\b/i.test(answer)) add(answer.replace(/,\s*([^,]+)$/, ' and $1'));
    const words = answer.split(' ');
    add([...words.slice(0, -1), singularWord(words[words.length - 1])].join(' '));
  }
  return variants;
}
