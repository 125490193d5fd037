import type { EqualityFact } from '../../facts/fact-types';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import type { ChoiceQuestion } from './choice-question';

// Learners' usual slips in a conversion are a power of ten out.
const SLIPS = [10, 0.1, 100, 0.01];

/** "0.25 mm" */
export function quantity(side: EqualityFact['left']): string {
  return `${Number(side.value.toPrecision(12))} ${side.unit}`;
}

export function equalityText(fact: EqualityFact): string {
  return `${quantity(fact.left)} = ${quantity(fact.right)}`;
}

/** The right-hand side out by a power of ten: the false version of a stated equivalence. */
export function slipped(fact: EqualityFact, factor: number): EqualityFact['right'] {
  return { value: Number((fact.right.value * factor).toPrecision(12)), unit: fact.right.unit };
}

/** "Which of the following is equal to 0.25 mm?" with the answer a power of ten out as distractors. */
export function equalityQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  return ctx.material.equalities.map((fact) => ({
    family: 'equality',
    stem: `Which of the following is equal to ${quantity(fact.left)}?`,
    keys: [{ text: quantity(fact.right), why: `${equalityText(fact)}.` }],
    pool: SLIPS.map((factor) => ({
      text: quantity(slipped(fact, factor)),
      why: `This is ${factor > 1 ? factor : 1 / factor} times too ${factor > 1 ? 'large' : 'small'}: ${equalityText(fact)}.`,
    })),
    level: 'APPLY' as const,
    facts: [fact],
    feedback: {
      correct: `${equalityText(fact)}.`,
      incorrect: `Revisit ${linesLabel([fact])}: ${equalityText(fact)}.`,
    },
  }));
}
