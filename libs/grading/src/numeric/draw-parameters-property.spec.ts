import type { FormulaId, NumericContent, NumericParameter } from '../items/item-content';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { drawParameters } from './draw-parameters';
import { FORMULAS } from './formulas';
import { numericKey } from './numeric-key';

// Realistic ranges, several of which can produce unacceptable draws (losses, a zero budget, more
// conversions than visitors, a price below the variable cost) that drawParameters must redraw.
const RANGES: Record<FormulaId, [string, number, number, number][]> = {
  GROSS_PROFIT: [
    ['revenue', 10000, 50000, 500],
    ['costOfSales', 5000, 40000, 500],
  ],
  NET_PROFIT: [
    ['grossProfit', 5000, 20000, 250],
    ['expenses', 1000, 15000, 250],
  ],
  GROSS_PROFIT_MARGIN: [
    ['revenue', 1000, 20000, 100],
    ['costOfSales', 500, 15000, 100],
  ],
  NET_PROFIT_MARGIN: [
    ['netProfit', -2000, 5000, 100],
    ['revenue', 10000, 40000, 1000],
  ],
  BREAK_EVEN_UNITS: [
    ['fixedCosts', 1000, 50000, 1000],
    ['sellingPrice', 5, 20, 0.5],
    ['variableCostPerUnit', 2, 15, 0.25],
  ],
  VARIANCE: [
    ['actual', 1000, 2000, 10],
    ['budget', 1000, 2000, 10],
  ],
  VARIANCE_PERCENT: [
    ['actual', 0, 1000, 50],
    ['budget', 0, 1000, 50],
  ],
  PERCENTAGE_CHANGE: [
    ['oldValue', 0, 500, 25],
    ['newValue', 0, 500, 25],
  ],
  MEAN: [
    ['v1', 1, 100, 1],
    ['v2', 1, 100, 1],
    ['v3', 0.1, 9.9, 0.1],
    ['v4', 1, 100, 1],
    ['v5', 1, 100, 1],
  ],
  CONVERSION_RATE: [
    ['conversions', 0, 500, 5],
    ['visitors', 100, 5000, 100],
  ],
};

function contentFor(formula: FormulaId): NumericContent {
  const parameters: NumericParameter[] = RANGES[formula].map(([name, min, max, step]) => ({
    name,
    label: name,
    min,
    max,
    step,
  }));
  return makeNumericContent({
    formula,
    parameters,
    stem: parameters.map((parameter) => `{${parameter.name}}`).join(' '),
    decimals: 2,
  });
}

describe(`${drawParameters.name} (200 seeds per formula)`, () => {
  const seeds = Array.from({ length: 200 }, (_, index) => `property-${index}`);

  it.each(Object.keys(RANGES) as FormulaId[])(
    'should draw %s values on the grid, within range, with a finite acceptable key',
    (formula) => {
      const content = contentFor(formula);
      for (const seed of seeds) {
        const values = drawParameters(content, seed);
        expect(Object.keys(values).sort()).toEqual([...FORMULAS[formula].inputs].sort());
        for (const { name, min, max, step } of content.parameters) {
          const value = values[name];
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
          const stepsFromMin = (value - min) / step;
          expect(Math.abs(stepsFromMin - Math.round(stepsFromMin))).toBeLessThan(1e-9);
          // Grid values are exact decimals, never 0.30000000000000004.
          expect(String(value).length).toBeLessThanOrEqual(String(max).length + 3);
        }
        const key = numericKey(content, values);
        expect(Number.isFinite(key)).toBe(true);
        expect(FORMULAS[formula].accepts(values, key)).toBe(true);
      }
    },
  );

  it('should use more than one grid value across seeds', () => {
    const content = contentFor('BREAK_EVEN_UNITS');
    const prices = new Set(seeds.map((seed) => drawParameters(content, seed).sellingPrice));
    expect(prices.size).toBeGreaterThan(10);
  });
});
