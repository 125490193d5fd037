import { FORMULA_IDS, type FormulaId } from '@markpoint/grading';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import { formulaInWords, formulaName } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

// Formulas that are the same calculation in another unit are not fair distractors for each other.
const SAME_FAMILY: Partial<Record<FormulaId, FormulaId[]>> = {
  VARIANCE: ['VARIANCE_PERCENT'],
  VARIANCE_PERCENT: ['VARIANCE'],
};
// A profit formula's distractors are other business-finance formulas, not a website's conversion rate.
const FINANCE: readonly FormulaId[] = [
  'GROSS_PROFIT',
  'NET_PROFIT',
  'GROSS_PROFIT_MARGIN',
  'NET_PROFIT_MARGIN',
  'BREAK_EVEN_UNITS',
  'VARIANCE',
  'VARIANCE_PERCENT',
];

/** "Which of the following is the formula for gross profit?" with other formulas as distractors. */
export function formulaQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  const seen = new Set<FormulaId>();
  return ctx.material.calculations.flatMap((fact) => {
    if (seen.has(fact.formula)) return [];
    seen.add(fact.formula);
    const name = formulaName(fact.formula);
    const words = formulaInWords(fact.formula);
    const family = FINANCE.includes(fact.formula) ? FINANCE : FORMULA_IDS;
    const pool = family
      .filter((id) => id !== fact.formula && !(SAME_FAMILY[fact.formula] ?? []).includes(id))
      .map((id) => ({
        text: formulaInWords(id),
        why: `That is the formula for ${formulaName(id)}.`,
      }));
    return [
      {
        family: 'formula',
        stem: `Which of the following is the formula for ${name}?`,
        keys: [{ text: words, why: `${capital(name)} = ${decap(words)}.` }],
        pool,
        level: 'RECALL' as const,
        facts: [fact],
        feedback: {
          correct: `${capital(name)} = ${decap(words)}.`,
          incorrect: `Revisit ${name} in ${linesLabel([fact])}: ${name} = ${decap(words)}.`,
        },
      },
    ];
  });
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function decap(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
