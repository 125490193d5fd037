import type { ItemDraft, ItemType } from '@markpoint/grading';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import type { ChoiceQuestion } from './questions/choice-question';
import { conceptQuestions } from './questions/concept-questions';
import { equalityQuestions } from './questions/equality-questions';
import { formulaQuestions } from './questions/formula-questions';
import { lawQuestions } from './questions/law-questions';
import { listQuestions } from './questions/list-questions';
import { misconceptionQuestions } from './questions/misconception-questions';
import { modelQuestions } from './questions/model-questions';
import { pairQuestions } from './questions/pair-questions';
import { pickDistractors, shuffleOptions } from './support/choice-options';
import { makeDraft } from './support/draft';
import { relevanceOf } from './support/relevance';

const DISTRACTORS = 3;
const MIN_DISTRACTORS = 2;

/**
 * One correct option and up to three same-category distractors, each with feedback: the purpose of
 * a model or an Act, the next step of a sequence, a letter of an acronym, a member or a description
 * of a category, a formula, a defined term, a key concept, or the misconception among corrections.
 */
export class SingleChoiceStrategy implements ItemStrategy {
  readonly name = 'single-choice';
  readonly type: ItemType = 'SINGLE_CHOICE';

  generate(ctx: StrategyContext): ItemDraft[] {
    const questions: ChoiceQuestion[] = [
      ...formulaQuestions(ctx),
      ...modelQuestions(ctx),
      ...lawQuestions(ctx),
      ...listQuestions(ctx),
      ...pairQuestions(ctx),
      ...equalityQuestions(ctx),
      ...misconceptionQuestions(ctx),
      ...conceptQuestions(ctx),
    ];
    // Most relevant first; among equals, items whose key is not the longest option, so that the
    // bank does not teach learners to pick the longest answer.
    return questions
      .flatMap((question, index) =>
        this.toItem(ctx, question).map((item) => ({ item, index, score: relevanceOf(ctx, question.facts) })),
      )
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(keyIsLongest(a.item)) - Number(keyIsLongest(b.item)) ||
          a.index - b.index,
      )
      .map(({ item }) => item);
  }

  private toItem(ctx: StrategyContext, question: ChoiceQuestion): ItemDraft[] {
    const [key] = question.keys;
    const distractors = pickDistractors(
      ctx.random,
      [key.text],
      question.pool,
      DISTRACTORS,
      question.avoid ?? [key.text],
    );
    if (distractors.length < MIN_DISTRACTORS) return [];
    const { options, correctIds } = shuffleOptions(ctx.random, [key], distractors);
    return [
      makeDraft(
        ctx,
        `${this.name}:${question.family}`,
        { type: 'SINGLE_CHOICE', stem: question.stem, options, correctOptionId: correctIds[0] },
        {
          level: question.level,
          feedback: question.feedback,
          facts: [...question.facts, ...distractors.flatMap((d) => d.facts ?? [])],
        },
      ),
    ];
  }
}

function keyIsLongest(item: ItemDraft): boolean {
  if (item.content.type !== 'SINGLE_CHOICE') return false;
  const { options, correctOptionId } = item.content;
  const key = options.find((option) => option.id === correctOptionId)?.text.length ?? 0;
  return options.every((option) => option.id === correctOptionId || option.text.length < key);
}
