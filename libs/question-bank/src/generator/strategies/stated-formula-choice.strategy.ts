import type { ItemDraft, ItemType } from '@markpoint/grading';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { shuffleOptions, type Candidate } from './support/choice-options';
import { makeDraft } from './support/draft';
import { planFormula } from './support/formula-plan';
import { interpretationQuestion } from './support/interpretation-question';
import { formulaInWords, statedFormulasFor } from './support/stated-formulas';

/**
 * Single-choice items on a formula the specification states (see `statedFormulasFor`): when it
 * states a benchmark range, a scenario with concrete figures whose result the learner places
 * against it (ANALYSE); and "which is the formula for X?", whose distractors are the classic
 * slips: the division inverted, the wrong operation, the × 100 left out (RECALL).
 */
export class StatedFormulaChoiceStrategy implements ItemStrategy {
  readonly name = 'stated-formula-choice';
  readonly type: ItemType = 'SINGLE_CHOICE';

  generate(ctx: StrategyContext): ItemDraft[] {
    return statedFormulasFor(ctx)
      .filter((fact) => !fact.rearranged)
      .flatMap((fact) => {
        const drafts: ItemDraft[] = [];
        const [plan] = planFormula(fact, ctx.base);
        const interpretation = plan ? interpretationQuestion(plan, ctx.random) : null;
        if (interpretation) {
          const { options, correctIds } = shuffleOptions(
            ctx.random,
            [interpretation.key],
            interpretation.wrong,
          );
          drafts.push(
            makeDraft(
              ctx,
              this.name,
              { type: 'SINGLE_CHOICE', stem: interpretation.stem, options, correctOptionId: correctIds[0] },
              { level: 'ANALYSE', facts: [fact], feedback: interpretation.feedback },
            ),
          );
        }
        const slips = classicSlips(fact.expression);
        if (slips.length >= 2) {
          const inWords = (expression: string): string =>
            formulaInWords(fact, expression).replace(/^[^=]+=\s*/, '');
          const key: Candidate = {
            text: inWords(fact.expression),
            why: 'This is the formula the specification gives.',
          };
          const wrong = slips.map((slip) => ({
            text: inWords(slip.expression),
            why: slip.why(fact.result.label),
          }));
          const { options, correctIds } = shuffleOptions(ctx.random, [key], wrong);
          const statement = formulaInWords(fact, fact.expression);
          drafts.push(
            makeDraft(
              ctx,
              this.name,
              {
                type: 'SINGLE_CHOICE',
                stem: `Which of the following is the formula for ${article(fact.result.label)}${fact.result.label}?`,
                options,
                correctOptionId: correctIds[0],
              },
              {
                level: 'RECALL',
                facts: [fact],
                feedback: {
                  correct: `${capitalised(statement)}. ${wrong[0].why}`,
                  incorrect: `${capitalised(statement)}. ${wrong.map((option) => option.why).join(' ')}`,
                },
              },
            ),
          );
        }
        return drafts;
      });
  }
}

interface Slip {
  expression: string;
  why: (result: string) => string;
}

// The errors learners make with a two-quantity formula of each shape.
function classicSlips(expression: string): Slip[] {
  const percentage = /^\((\w+) \/ (\w+)\) \* 100$/.exec(expression);
  if (percentage) {
    const [, a, b] = percentage;
    return [
      {
        expression: `(${b} / ${a}) * 100`,
        why: () => 'Dividing the other way round inverts the percentage.',
      },
      { expression: `${a} / ${b}`, why: () => 'Without × 100 the answer is a fraction, not a percentage.' },
      {
        expression: `((${a} - ${b}) / ${b}) * 100`,
        why: () => 'That is a percentage change, not this measure.',
      },
    ];
  }
  const division = /^(\w+) \/ (\w+)$/.exec(expression);
  if (division) {
    const [, a, b] = division;
    return [
      {
        expression: `${b} / ${a}`,
        why: (result) => `Dividing the other way round gives the reciprocal of the ${result}.`,
      },
      {
        expression: `${a} * ${b}`,
        why: (result) => `Multiplying does not give the ${result}: it is a division.`,
      },
      {
        expression: `${a} - ${b}`,
        why: (result) => `The ${result} is a ratio of the two, not their difference.`,
      },
    ];
  }
  const difference = /^\(?(\w+) - (\w+)\)?$/.exec(expression);
  if (difference) {
    const [, a, b] = difference;
    return [
      {
        expression: `${b} - ${a}`,
        why: () => 'Subtracting the other way round gives the right size with the wrong sign.',
      },
      { expression: `${a} + ${b}`, why: (result) => `The ${result} is a difference, not a sum.` },
      { expression: `${a} / ${b}`, why: (result) => `The ${result} is a difference, not a ratio.` },
    ];
  }
  return [];
}

// "the formula for the current ratio", but "for magnification" and "for BMI".
function article(label: string): string {
  return /^[A-Z]{2,}/.test(label) || !/\s/.test(label) ? '' : 'the ';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
