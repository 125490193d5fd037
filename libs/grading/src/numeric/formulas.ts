import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { FormulaId } from '../items/item-content';

/** One named calculation. `inputs` are the exact `NumericParameter.name`s a numeric item must use. */
export interface FormulaDefinition {
  name: string;
  inputs: readonly string[];
  /** The calculation as a learner would write it, with the input names. */
  describe: string;
  compute(values: Readonly<Record<string, number>>): number;
  /**
   * Whether a finite result makes a sensible question: `drawParameters` redraws until it does (no
   * break-even with a price at or below the variable cost, no "profit" that is a loss, no rate
   * above 100 %).
   */
  accepts(values: Readonly<Record<string, number>>, result: number): boolean;
}

// `compute` returns the exact value, Infinity or NaN included (break-even with price = variable
// cost): rounding and the non-finite check belong to `numericKey`, which knows the item.
export const FORMULAS: Readonly<Record<FormulaId, FormulaDefinition>> = {
  GROSS_PROFIT: {
    name: 'Gross profit',
    inputs: ['revenue', 'costOfSales'],
    describe: 'revenue − costOfSales',
    compute: (v) => at(v, 'revenue') - at(v, 'costOfSales'),
    // Stems ask for a profit; a gross loss would need different wording.
    accepts: (v, result) => at(v, 'revenue') > 0 && at(v, 'costOfSales') >= 0 && result >= 0,
  },
  NET_PROFIT: {
    name: 'Net profit',
    inputs: ['grossProfit', 'expenses'],
    describe: 'grossProfit − expenses',
    compute: (v) => at(v, 'grossProfit') - at(v, 'expenses'),
    accepts: (v, result) => at(v, 'expenses') >= 0 && result >= 0,
  },
  GROSS_PROFIT_MARGIN: {
    name: 'Gross profit margin (%)',
    inputs: ['revenue', 'costOfSales'],
    describe: '(revenue − costOfSales) ÷ revenue × 100',
    compute: (v) => ((at(v, 'revenue') - at(v, 'costOfSales')) / at(v, 'revenue')) * 100,
    accepts: (v, result) => at(v, 'revenue') > 0 && at(v, 'costOfSales') >= 0 && result >= 0 && result <= 100,
  },
  NET_PROFIT_MARGIN: {
    name: 'Net profit margin (%)',
    inputs: ['netProfit', 'revenue'],
    describe: 'netProfit ÷ revenue × 100',
    compute: (v) => (at(v, 'netProfit') / at(v, 'revenue')) * 100,
    accepts: (v, result) => at(v, 'revenue') > 0 && result >= 0 && result <= 100,
  },
  BREAK_EVEN_UNITS: {
    name: 'Break-even point (units)',
    inputs: ['fixedCosts', 'sellingPrice', 'variableCostPerUnit'],
    describe: 'fixedCosts ÷ (sellingPrice − variableCostPerUnit)',
    compute: (v) => at(v, 'fixedCosts') / (at(v, 'sellingPrice') - at(v, 'variableCostPerUnit')),
    accepts: (v, result) =>
      at(v, 'fixedCosts') > 0 &&
      at(v, 'variableCostPerUnit') >= 0 &&
      at(v, 'sellingPrice') > at(v, 'variableCostPerUnit') &&
      result > 0,
  },
  VARIANCE: {
    name: 'Variance',
    inputs: ['actual', 'budget'],
    describe: 'actual − budget',
    compute: (v) => at(v, 'actual') - at(v, 'budget'),
    // Adverse (negative) and favourable (positive) variances are both meaningful.
    accepts: () => true,
  },
  VARIANCE_PERCENT: {
    name: 'Variance (%)',
    inputs: ['actual', 'budget'],
    describe: '(actual − budget) ÷ budget × 100',
    compute: (v) => ((at(v, 'actual') - at(v, 'budget')) / at(v, 'budget')) * 100,
    accepts: (v) => at(v, 'budget') > 0,
  },
  PERCENTAGE_CHANGE: {
    name: 'Percentage change',
    inputs: ['oldValue', 'newValue'],
    describe: '(newValue − oldValue) ÷ oldValue × 100',
    compute: (v) => ((at(v, 'newValue') - at(v, 'oldValue')) / at(v, 'oldValue')) * 100,
    // A fall is a meaningful negative change; a change from zero or below is not.
    accepts: (v) => at(v, 'oldValue') > 0,
  },
  MEAN: {
    name: 'Mean (of five values)',
    inputs: ['v1', 'v2', 'v3', 'v4', 'v5'],
    describe: '(v1 + v2 + v3 + v4 + v5) ÷ 5',
    compute: (v) => (at(v, 'v1') + at(v, 'v2') + at(v, 'v3') + at(v, 'v4') + at(v, 'v5')) / 5,
    accepts: () => true,
  },
  CONVERSION_RATE: {
    name: 'Conversion rate (%)',
    inputs: ['conversions', 'visitors'],
    describe: 'conversions ÷ visitors × 100',
    compute: (v) => (at(v, 'conversions') / at(v, 'visitors')) * 100,
    accepts: (v) =>
      at(v, 'visitors') > 0 && at(v, 'conversions') >= 0 && at(v, 'conversions') <= at(v, 'visitors'),
  },
};

/** Every formula id, in table order. */
export const FORMULA_IDS = Object.keys(FORMULAS) as FormulaId[];

/** The formula's exact value after checking that every input is present and finite. */
export function computeFormula(formulaId: FormulaId, values: Readonly<Record<string, number>>): number {
  const formula = formulaOf(formulaId);
  const missing = formula.inputs.filter((input) => !Number.isFinite(values[input]));
  if (missing.length > 0) {
    throw new GradingError(
      `Formula ${formulaId} needs finite values for ${missing.join(', ')}`,
      GradingErrorCode.MISSING_PARAMETERS,
      missing.map((field) => ({ field, message: 'missing or not a finite number' })),
    );
  }
  return formula.compute(values);
}

export function formulaOf(formulaId: FormulaId): FormulaDefinition {
  // Content comes from JSON columns, so an id outside the union can reach us at run time.
  const formula = Object.hasOwn(FORMULAS, formulaId) ? FORMULAS[formulaId] : undefined;
  if (!formula) {
    throw new GradingError(`Unknown formula ${String(formulaId)}`, GradingErrorCode.INVALID_CONTENT, [
      { field: 'formula', message: 'not in the formula table' },
    ]);
  }
  return formula;
}

function at(values: Readonly<Record<string, number>>, name: string): number {
  return values[name] ?? Number.NaN;
}
