import type { ItemDraft, ItemType } from '@markpoint/grading';
import { capitalise } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import type { ChoiceQuestion } from './questions/choice-question';
import { listViews, outsiders } from './questions/list-questions';
import { falseStatements, trueStatements } from './questions/misconception-questions';
import { allModelViews, modelPhrase, modelViews, partNoun, partsPhrase } from './questions/model-questions';
import { pickDistractors, shuffleOptions } from './support/choice-options';
import { linesLabel, makeDraft } from './support/draft';
import { sortByRelevance } from './support/relevance';
import { allOf } from './support/material';
import { isPluralPhrase, joinList, quoted } from './support/phrasing';

const MAX_KEYS = 3;
const DISTRACTORS = 2;

/**
 * Select-all items: the members of a category among members of other categories, the parts of a
 * model among other models' parts, and the correct statements among the spec's misconceptions.
 */
export class MultipleResponseStrategy implements ItemStrategy {
  readonly name = 'multiple-response';
  readonly type: ItemType = 'MULTIPLE_RESPONSE';

  generate(ctx: StrategyContext): ItemDraft[] {
    const questions = sortByRelevance(ctx, [
      ...this.listMembers(ctx),
      ...this.modelParts(ctx),
      ...this.statements(ctx),
    ]);
    return questions.flatMap((question) => {
      const distractors = pickDistractors(
        ctx.random,
        question.keys.map((key) => key.text),
        question.pool,
        DISTRACTORS,
        question.avoid ?? [],
      );
      if (distractors.length < DISTRACTORS) return [];
      const { options, correctIds } = shuffleOptions(ctx.random, question.keys, distractors);
      return [
        makeDraft(
          ctx,
          `${this.name}:${question.family}`,
          { type: 'MULTIPLE_RESPONSE', stem: question.stem, options, correctOptionIds: correctIds },
          {
            level: question.level,
            feedback: question.feedback,
            facts: [...question.facts, ...distractors.flatMap((d) => d.facts ?? [])],
          },
        ),
      ];
    });
  }

  private listMembers(ctx: StrategyContext): ChoiceQuestion[] {
    return listViews(ctx).map((list) => {
      const keys = ctx.random.shuffle(list.items).slice(0, MAX_KEYS);
      const facts = list.fact ? [list.fact] : [];
      return {
        family: 'list-members',
        stem: `Which of the following are ${list.head}? Select all that apply.`,
        keys: keys.map((item) => ({
          text: capitalise(item),
          why: `${capitalise(item)} ${isPluralPhrase(item) ? 'are among' : 'is one of'} the ${list.head}.`,
        })),
        pool: outsiders(ctx, list),
        avoid: list.items,
        level: 'RECALL',
        facts,
        feedback: {
          correct: `The ${list.head} include ${joinList(list.items)}.`,
          incorrect: `Revisit the ${list.head}${facts.length > 0 ? ` in ${linesLabel(facts)}` : ''}: ${joinList(list.items)}.`,
        },
      };
    });
  }

  private modelParts(ctx: StrategyContext): ChoiceQuestion[] {
    return modelViews(ctx).map((model) => {
      const noun = partNoun(model);
      const keys = model.steps.length <= 4 ? model.steps : ctx.random.shuffle(model.steps).slice(0, MAX_KEYS);
      const pool = allModelViews(ctx)
        .filter((other) => other.name !== model.name)
        .flatMap((other) =>
          other.steps.map((step) => ({ text: step, why: `${quoted(step)} belongs to the ${other.name}.` })),
        );
      const facts = model.fact ? [model.fact] : [];
      return {
        family: 'model-parts',
        stem: `Which of the following are ${partsPhrase(model).replace(/^the /, '')}? Select all that apply.`,
        keys: keys.map((step) => ({
          text: step,
          why: `${quoted(step)} is ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} of ${modelPhrase(model)}.`,
        })),
        pool,
        avoid: model.steps,
        level: 'RECALL',
        facts,
        feedback: {
          correct: `${capitalise(partsPhrase(model))}: ${joinList(model.steps)}.`,
          incorrect: `Revisit ${modelPhrase(model)}${facts.length > 0 ? ` in ${linesLabel(facts)}` : ''}: ${joinList(model.steps)}.`,
        },
      };
    });
  }

  // At least one statement comes from the point's own misconceptions: its correction as a key, or
  // its mistaken claim as a distractor; the rest come from the spec's other misconceptions.
  private statements(ctx: StrategyContext): ChoiceQuestion[] {
    const related = ctx.material.misconceptions;
    const others = allOf(ctx.base, 'MISCONCEPTION').filter((fact) => !related.includes(fact));
    const keys = [...trueStatements(related), ...trueStatements(others)].slice(0, 2);
    const keyTexts = new Set(keys.map((key) => key.text));
    const wrong = [...falseStatements(related), ...ctx.random.shuffle(falseStatements(others))].filter(
      (candidate) =>
        !candidate.facts?.some(
          (fact) => fact.kind === 'MISCONCEPTION' && fact.trueClaim && keyTexts.has(fact.trueClaim),
        ),
    );
    const distractors = wrong.slice(0, DISTRACTORS);
    const options = [...keys, ...distractors];
    if (
      keys.length < 2 ||
      distractors.length < DISTRACTORS ||
      !options.some((option) =>
        option.facts?.some((fact) => fact.kind === 'MISCONCEPTION' && related.includes(fact)),
      )
    ) {
      return [];
    }
    const facts = keys.flatMap((key) => key.facts ?? []);
    return [
      {
        family: 'statements',
        stem: STATEMENT_STEMS[
          ctx.base.markingPoints.indexOf(ctx.material.markingPoint) % STATEMENT_STEMS.length
        ],
        keys,
        pool: distractors,
        level: 'ANALYSE',
        facts,
        feedback: {
          correct: `The correct statements put right common mistakes listed in ${linesLabel(facts)}.`,
          incorrect: `Revisit the common misconceptions in the specification (${linesLabel(options.flatMap((option) => option.facts ?? []))}).`,
        },
      },
    ];
  }
}

// One wording per marking point, so that two statement items never share a stem.
const STATEMENT_STEMS = [
  'Which of the following statements are correct? Select all that apply.',
  'Select every statement that is correct.',
  'Which of these claims are accurate? Select all that apply.',
  'Which of the following statements would an examiner accept? Select all that apply.',
  'Select all the statements that show a correct understanding.',
  'Which of these statements are true? Select all that apply.',
  'A trainee makes several claims. Select all the claims that are correct.',
  'Which of the following are correct statements? Select all that apply.',
];
