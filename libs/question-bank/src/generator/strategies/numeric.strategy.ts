import {
  FORMULAS,
  validateNumericContent,
  type FormulaId,
  type ItemDraft,
  type ItemType,
  type NumericContent,
} from '@markpoint/grading';
import type { CalculationFact } from '../facts/fact-types';
import type { PackFormula } from '../packs/knowledge-pack';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { linesLabel, makeDraft } from './support/draft';
import { DEFAULT_FORMULAS } from './support/numeric-defaults';
import { formulaName } from './support/phrasing';
import { statedNumericDrafts } from './support/stated-numeric-items';

type FormulaSetup = Omit<PackFormula, 'formula' | 'names'>;

/**
 * Calculations the spec states (any formula it writes out, see `statedNumericDrafts`) and those it
 * names (gross profit, break-even, variance…), asked with figures drawn per
 * attempt by the grading lib from the parameter ranges: the key is always FORMULAS[formula]
 * applied to the attempt's values, rounded to `decimals`, and the tolerance is stated in the
 * feedback. Only written when a calculation fact relates to the marking point.
 */
export class NumericStrategy implements ItemStrategy {
  readonly name = 'numeric';
  readonly type: ItemType = 'NUMERIC';

  generate(ctx: StrategyContext): ItemDraft[] {
    // Formulas the specification states come first: they are asked in its own terms.
    return [...statedNumericDrafts(ctx, this.name), ...this.tableDrafts(ctx)];
  }

  private tableDrafts(ctx: StrategyContext): ItemDraft[] {
    const calculations = uniqueByFormula(ctx.material.calculations);
    const perFormula = calculations.length === 1 ? 2 : 1;
    return calculations.flatMap((fact) => {
      const setup: FormulaSetup = ctx.packs.formula(fact.formula) ?? DEFAULT_FORMULAS[fact.formula];
      const contexts = ctx.random.shuffle(setup.contexts).slice(0, perFormula);
      return contexts.flatMap((context) => {
        const content = numericContent(fact.formula, setup, context);
        if (validateNumericContent(content).length > 0) return [];
        return [
          makeDraft(ctx, this.name, content, {
            level: 'APPLY',
            facts: [fact],
            maxScore: 1,
            feedback: {
              correct: `${setup.working} ${toleranceNote(content)}`,
              incorrect: `Use the formula for ${formulaName(fact.formula)} (${linesLabel([fact])}): ${setup.working} ${toleranceNote(content)}`,
            },
          }),
        ];
      });
    });
  }
}

export function numericContent(formula: FormulaId, setup: FormulaSetup, context: string): NumericContent {
  const parameters = FORMULAS[formula].inputs.map((name) => {
    const parameter = setup.parameters[name];
    return {
      name,
      label: parameter.label,
      min: parameter.min,
      max: parameter.max,
      step: parameter.step,
      ...(parameter.unit ? { unit: parameter.unit } : {}),
    };
  });
  return {
    type: 'NUMERIC',
    stem: [context, setup.figures, setup.question, answerFormat(setup)].filter(Boolean).join(' '),
    formula,
    parameters,
    tolerance: setup.tolerance,
    ...(setup.unit ? { unit: setup.unit } : {}),
    decimals: setup.decimals,
  };
}

function answerFormat(setup: FormulaSetup): string {
  const places =
    setup.decimals === 0
      ? ''
      : ` to ${setup.decimals === 1 ? 'one decimal place' : `${setup.decimals} decimal places`}`;
  if (setup.unit === '£')
    return setup.decimals === 0
      ? 'Give your answer in pounds, to the nearest pound.'
      : `Give your answer in pounds${places}.`;
  if (setup.unit === '%') return `Give your answer as a percentage${places}.`;
  if (setup.unit === 'units') return '';
  return places ? `Give your answer${places}.` : '';
}

/** "Answers within ±£1 of the correct value are accepted." */
export function toleranceNote(content: NumericContent): string {
  const { kind, value } = content.tolerance;
  if (kind === 'RELATIVE') return `Answers within ${value * 100}% of the correct value are accepted.`;
  const unit = content.unit ?? '';
  const amount =
    unit === '£'
      ? `£${value}`
      : unit === '%'
        ? `${value} percentage points`
        : `${value}${unit ? ` ${unit}` : ''}`;
  return `Answers within ±${amount} of the correct value are accepted.`;
}

function uniqueByFormula(facts: readonly CalculationFact[]): CalculationFact[] {
  const seen = new Set<FormulaId>();
  return facts.filter((fact) => !seen.has(fact.formula) && seen.add(fact.formula));
}
