import {
  drawParameters,
  formatParameterValue,
  numericKey,
  validateNumericContent,
  type ItemDraft,
  type NumericContent,
  type NumericParameter,
} from '@markpoint/grading';
import { capitalise } from '../../facts/phrases';
import type { StrategyContext } from '../item-strategy';
import { makeDraft } from './draft';
import { content, planFormula, type FormulaPlan } from './formula-plan';
import { isPluralPhrase } from './phrasing';
import { formulaInWords, statedFormulasFor } from './stated-formulas';

/**
 * Numeric items for the formulas the marking point assesses that the specification states
 * (see `statedFormulasFor`): the figures as plain sentences in the spec's own terms, the question,
 * the answer's unit and decimals; feedback with the formula, a worked example and the usual slip.
 */
export function statedNumericDrafts(ctx: StrategyContext, strategy: string): ItemDraft[] {
  return statedFormulasFor(ctx).flatMap((fact) =>
    planFormula(fact, ctx.base).flatMap((plan) => {
      const item = content(
        fact,
        plan.expression,
        plan.parameters,
        plan.resultRange,
        plan.decimals,
        plan.tolerance,
        plan.unit,
        stemOf(plan),
      );
      if (validateNumericContent(item).length > 0) return [];
      return [
        makeDraft(ctx, strategy, item, {
          level: 'APPLY',
          facts: [fact],
          maxScore: 1,
          feedback: feedbackOf(plan, item),
        }),
      ];
    }),
  );
}

/** "The image size is {imageSize} and the actual size is {actualSize}. What is the magnification? …" */
export function stemOf(plan: FormulaPlan): string {
  const figures = plan.parameters.map(
    (p) => `the ${p.label} ${isPluralPhrase(p.label) ? 'are' : 'is'} {${p.name}}`,
  );
  const listed =
    figures.length === 1
      ? figures[0]
      : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
  // Figures in two units read differently from the same figures in one, so the two items differ.
  const question = plan.conversion
    ? `Working in one unit, what is the ${plan.fact.result.label}?`
    : `What is the ${plan.fact.result.label}?`;
  return [`${capitalise(listed)}.`, question, answerFormat(plan)].filter(Boolean).join(' ');
}

function answerFormat(plan: FormulaPlan): string {
  const places =
    plan.decimals === 0
      ? ' to the nearest whole number'
      : ` to ${plan.decimals === 1 ? 'one decimal place' : `${plan.decimals} decimal places`}`;
  const money: Record<string, string> = { '£': 'pounds', $: 'dollars', '€': 'euros' };
  if (plan.unit && money[plan.unit])
    return `Give your answer in ${money[plan.unit]}${plan.decimals === 0 ? '' : places}.`;
  if (plan.unit === '%') return `Give your answer as a percentage${places}.`;
  if (plan.unit) return `Give your answer in ${plan.unit}${places}.`;
  return `Give your answer${places}.`;
}

function feedbackOf(plan: FormulaPlan, item: NumericContent): { correct: string; incorrect: string } {
  const formula = `${capitalise(formulaInWords(plan.fact, plan.fact.expression))}.`;
  const conversion = plan.conversion
    ? ` Convert first so both are in the same unit (${plan.conversion}).`
    : '';
  const example = workedExample(plan, item);
  const slip = usualSlip(plan);
  const tolerance = toleranceSentence(item);
  return {
    correct: [formula, conversion.trim(), example, tolerance].filter(Boolean).join(' '),
    incorrect: [formula, conversion.trim(), slip, example].filter(Boolean).join(' '),
  };
}

// "For example, an image size of 36 mm and an actual size of 0.024 mm give 36 ÷ 0.024 = 1,500."
function workedExample(plan: FormulaPlan, item: NumericContent): string {
  try {
    const values = drawParameters(item, 'worked-example');
    const key = numericKey(item, values);
    const figures = plan.parameters.map(
      (p) => `${withArticle(p.label)} of ${formatParameterValue(p, values[p.name])}`,
    );
    const arithmetic = arithmeticOf(plan, values);
    const answer = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: item.decimals,
      maximumFractionDigits: item.decimals,
    }).format(key);
    const list =
      figures.length === 1
        ? figures[0]
        : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
    const unit = item.unit ?? '';
    const shown = /^[£$€]$/.test(unit) ? `${unit}${answer}` : unit === '%' ? `${answer}%` : answer;
    return `For example, ${list} give ${arithmetic} = ${shown}.`;
  } catch {
    return '';
  }
}

/** The expression with the figures in place: "(22 × 1000) ÷ 39", "£53,000 − £24,500". */
export function arithmeticOf(plan: FormulaPlan, values: Readonly<Record<string, number>>): string {
  const byName = new Map(plan.parameters.map((p) => [p.name, p]));
  return plan.expression
    .replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => plain(byName.get(name), values[name]))
    .replace(/\//g, '÷')
    .replace(/\*/g, '×')
    .replace(/ - /g, ' − ')
    .replace(/\s*\^\s*2\b/g, '²')
    .replace(/\s*\^\s*3\b/g, '³');
}

// A figure inside the arithmetic: money keeps its symbol (£53,000), other units are left out.
function plain(parameter: NumericParameter | undefined, value: number | undefined): string {
  if (!parameter || value === undefined) return '?';
  const money = parameter.unit !== undefined && /^[£$€]$/.test(parameter.unit);
  return formatParameterValue(money ? parameter : { ...parameter, unit: undefined }, value);
}

// The classic error for the formula's shape, named in the learner's terms.
function usualSlip(plan: FormulaPlan): string {
  const division = /^\(?(\w+) \/ (\w+)\)?(?: \* 100)?$/.exec(plan.fact.expression);
  const label = (name: string): string => plan.parameters.find((p) => p.name === name)?.label ?? name;
  if (division) {
    const [top, bottom] = [label(division[1]), label(division[2])];
    return `Dividing the ${bottom} by the ${top} instead gives the reciprocal, not the ${plan.fact.result.label}.`;
  }
  const difference = /^\(?(\w+) - (\w+)\)?$/.exec(plan.fact.expression);
  if (difference)
    return `Subtract the ${label(difference[2])} from the ${label(difference[1])}, not the other way round.`;
  return 'Substitute each figure for its name in the formula before calculating.';
}

function toleranceSentence(item: NumericContent): string {
  const { value } = item.tolerance;
  if (value === 0) return '';
  const unit =
    item.unit === '%' ? ' percentage points' : item.unit && !/^[£$€]$/.test(item.unit) ? ` ${item.unit}` : '';
  const amount = item.unit && /^[£$€]$/.test(item.unit) ? `${item.unit}${value}` : `${value}${unit}`;
  return `Answers within ±${amount} of the correct value are accepted.`;
}

function withArticle(label: string): string {
  if (isPluralPhrase(label)) return label;
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}
