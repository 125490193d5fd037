import type { CalculationFact, FormulaFact } from '../../facts/fact-types';
import { contentStems } from '../../facts/tokens';
import type { StrategyContext } from '../item-strategy';
import { allOf } from './material';

const ASKS_CALCULATION =
  /\b(?:calculat\w*|work(?:s|ed|ing)? out|comput\w*|determin\w*|formula|appl(?:y|ies|ying))\b/i;

/**
 * The formulas the context's marking point assesses: those stated on its own line, those whose
 * result it names while asking for a calculation, and the rearrangements of either (stated on
 * the same line, using the formula's result as an input). Formulas the fixed formula table
 * already asks (a calculation fact of the same name) are left to it.
 */
export function statedFormulasFor(ctx: StrategyContext): FormulaFact[] {
  const point = ctx.material.markingPoint;
  const formulas = allOf(ctx.base, 'FORMULA').filter(
    (fact) => !coveredByTable(fact, allOf(ctx.base, 'CALCULATION')),
  );
  const pointStems = new Set(contentStems(point.text));
  const onLine = (fact: FormulaFact): boolean =>
    fact.lines.some((line) => line >= point.line && line <= Math.max(point.line, point.endLine));
  const asks =
    point.actions.some((action) => action.verb === 'calculate') || ASKS_CALCULATION.test(point.text);
  const names = (fact: FormulaFact): boolean => {
    const stems = contentStems(fact.result.label);
    const { abbreviation } = fact.result;
    return (
      (stems.length > 0 && stems.every((stem) => pointStems.has(stem))) ||
      (abbreviation !== undefined && new RegExp(`\\b${abbreviation}\\b`).test(point.text))
    );
  };
  const main = formulas.filter((fact) => !fact.rearranged && (onLine(fact) || (asks && names(fact))));
  const rearranged = formulas.filter(
    (fact) =>
      fact.rearranged &&
      main.some(
        (owner) =>
          owner.lines.some((line) => fact.lines.includes(line)) &&
          fact.inputs.some((input) => input.name === owner.result.name),
      ),
  );
  return [...main, ...rearranged];
}

/** The formula as a learner writes it, with the spec's names: "magnification = image size ÷ actual size". */
export function formulaInWords(fact: Pick<FormulaFact, 'result' | 'inputs'>, expression: string): string {
  const labels = new Map(fact.inputs.map((input) => [input.name, input.label]));
  const text = expression
    .replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => labels.get(name) ?? name)
    .replace(/\s*\^\s*2\b/g, '²')
    .replace(/\s*\^\s*3\b/g, '³')
    .replace(/\//g, '÷')
    .replace(/\*/g, '×')
    .replace(/ - /g, ' − ');
  return `${fact.result.label} = ${text}`;
}

// "Gross profit margin" is the table's GROSS_PROFIT_MARGIN: its items come from there.
function coveredByTable(fact: FormulaFact, calculations: readonly CalculationFact[]): boolean {
  const result = new Set(contentStems(fact.result.label));
  return calculations.some((calculation) => {
    const name = contentStems(calculation.name);
    return (
      name.length > 0 &&
      (name.every((stem) => result.has(stem)) || [...result].every((stem) => name.includes(stem)))
    );
  });
}
