import { GradingErrorCode } from '../exceptions/grading.error';
import type { FormulaId } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { FORMULAS, FORMULA_IDS, computeFormula, formulaOf } from './formulas';

// Listed by hand from the FormulaId union, so a new id without a table entry fails here too.
const ALL_FORMULA_IDS: FormulaId[] = [
  'GROSS_PROFIT',
  'NET_PROFIT',
  'GROSS_PROFIT_MARGIN',
  'NET_PROFIT_MARGIN',
  'BREAK_EVEN_UNITS',
  'VARIANCE',
  'VARIANCE_PERCENT',
  'PERCENTAGE_CHANGE',
  'MEAN',
  'CONVERSION_RATE',
];

describe('FORMULAS', () => {
  it('should have an entry for every FormulaId', () => {
    expect([...FORMULA_IDS].sort()).toEqual([...ALL_FORMULA_IDS].sort());
    for (const id of ALL_FORMULA_IDS) {
      expect(FORMULAS[id].inputs.length).toBeGreaterThan(0);
      expect(typeof FORMULAS[id].accepts).toBe('function');
    }
  });

  it.each<[FormulaId, Record<string, number>, number]>([
    ['GROSS_PROFIT', { revenue: 12000, costOfSales: 7500 }, 4500],
    ['NET_PROFIT', { grossProfit: 4500, expenses: 1800 }, 2700],
    ['GROSS_PROFIT_MARGIN', { revenue: 12000, costOfSales: 7500 }, 37.5],
    ['NET_PROFIT_MARGIN', { netProfit: 2700, revenue: 12000 }, 22.5],
    ['BREAK_EVEN_UNITS', { fixedCosts: 24000, sellingPrice: 25, variableCostPerUnit: 17 }, 3000],
    ['VARIANCE', { actual: 9200, budget: 10000 }, -800],
    ['VARIANCE_PERCENT', { actual: 9200, budget: 10000 }, -8],
    ['PERCENTAGE_CHANGE', { oldValue: 80, newValue: 100 }, 25],
    ['MEAN', { v1: 2, v2: 4, v3: 6, v4: 8, v5: 15 }, 7],
    ['CONVERSION_RATE', { conversions: 45, visitors: 1500 }, 3],
  ])('should compute %s for %j as %p', (id, values, expected) => {
    expect(computeFormula(id, values)).toBeCloseTo(expected, 10);
  });

  it('should return Infinity for break-even at a price equal to the variable cost', () => {
    expect(
      computeFormula('BREAK_EVEN_UNITS', { fixedCosts: 1000, sellingPrice: 5, variableCostPerUnit: 5 }),
    ).toBe(Number.POSITIVE_INFINITY);
  });

  it.each<[FormulaId, Record<string, number>, boolean]>([
    ['BREAK_EVEN_UNITS', { fixedCosts: 1000, sellingPrice: 5, variableCostPerUnit: 6 }, false],
    ['BREAK_EVEN_UNITS', { fixedCosts: 1000, sellingPrice: 6, variableCostPerUnit: 5 }, true],
    ['GROSS_PROFIT', { revenue: 5000, costOfSales: 6000 }, false],
    ['GROSS_PROFIT_MARGIN', { revenue: 5000, costOfSales: 6000 }, false],
    ['NET_PROFIT_MARGIN', { netProfit: -100, revenue: 5000 }, false],
    ['VARIANCE', { actual: 900, budget: 1000 }, true],
    ['PERCENTAGE_CHANGE', { oldValue: 100, newValue: 60 }, true],
    ['PERCENTAGE_CHANGE', { oldValue: -100, newValue: 60 }, false],
    ['CONVERSION_RATE', { conversions: 120, visitors: 100 }, false],
  ])('should judge %s with %j acceptable: %p', (id, values, expected) => {
    const formula = FORMULAS[id];
    expect(formula.accepts(values, formula.compute(values))).toBe(expected);
  });

  it('should throw MISSING_PARAMETERS naming every absent input', () => {
    const error = captureGradingError(() =>
      computeFormula('BREAK_EVEN_UNITS', { fixedCosts: 1000, sellingPrice: Number.NaN }),
    );
    expect(error.code).toBe(GradingErrorCode.MISSING_PARAMETERS);
    expect(error.details.map((detail) => detail.field)).toEqual(['sellingPrice', 'variableCostPerUnit']);
  });

  it('should throw INVALID_CONTENT for an id outside the table', () => {
    const error = captureGradingError(() => formulaOf('NOPE' as FormulaId));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
