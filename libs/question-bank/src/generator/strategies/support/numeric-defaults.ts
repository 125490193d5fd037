import type { FormulaId } from '@markpoint/grading';
import type { PackFormula } from '../../packs/knowledge-pack';

type Default = Omit<PackFormula, 'formula' | 'names'>;

const POUNDS = { kind: 'ABSOLUTE' as const, value: 1 };
const ONE_DECIMAL = { kind: 'ABSOLUTE' as const, value: 0.1 };

/**
 * Plain, sector-neutral figures for every formula, used when no knowledge pack describes it: the
 * generator must write sound calculation items from a specification alone. A pack's entry (with
 * realistic contexts) replaces these.
 */
export const DEFAULT_FORMULAS: Readonly<Record<FormulaId, Default>> = {
  GROSS_PROFIT: {
    contexts: ['A business is reviewing last month’s trading.'],
    figures: 'Its sales revenue was {revenue} and its cost of sales was {costOfSales}.',
    question: 'What was its gross profit?',
    unit: '£',
    decimals: 0,
    tolerance: POUNDS,
    working: 'Gross profit = sales revenue − cost of sales.',
    parameters: {
      revenue: { label: 'sales revenue', min: 30000, max: 90000, step: 1000, unit: '£' },
      costOfSales: { label: 'cost of sales', min: 10000, max: 29000, step: 500, unit: '£' },
    },
  },
  NET_PROFIT: {
    contexts: ['A business is reviewing its year.'],
    figures: 'Its gross profit was {grossProfit} and its operating expenses were {expenses}.',
    question: 'What was its net profit?',
    unit: '£',
    decimals: 0,
    tolerance: POUNDS,
    working: 'Net profit = gross profit − operating expenses.',
    parameters: {
      grossProfit: { label: 'gross profit', min: 20000, max: 50000, step: 500, unit: '£' },
      expenses: { label: 'operating expenses', min: 5000, max: 19500, step: 250, unit: '£' },
    },
  },
  GROSS_PROFIT_MARGIN: {
    contexts: ['A business is reviewing its margins.'],
    figures: 'Its sales revenue was {revenue} and its cost of sales was {costOfSales}.',
    question: 'What was its gross profit margin?',
    unit: '%',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Gross profit margin = (sales revenue − cost of sales) ÷ sales revenue × 100.',
    parameters: {
      revenue: { label: 'sales revenue', min: 30000, max: 90000, step: 1000, unit: '£' },
      costOfSales: { label: 'cost of sales', min: 10000, max: 29000, step: 500, unit: '£' },
    },
  },
  NET_PROFIT_MARGIN: {
    contexts: ['A business is reviewing its margins.'],
    figures: 'Its net profit was {netProfit} on sales revenue of {revenue}.',
    question: 'What was its net profit margin?',
    unit: '%',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Net profit margin = net profit ÷ sales revenue × 100.',
    parameters: {
      netProfit: { label: 'net profit', min: 2000, max: 12000, step: 250, unit: '£' },
      revenue: { label: 'sales revenue', min: 30000, max: 90000, step: 1000, unit: '£' },
    },
  },
  BREAK_EVEN_UNITS: {
    contexts: ['A business sells one product.'],
    figures:
      'Its fixed costs are {fixedCosts}, its selling price is {sellingPrice} per unit and its variable cost is {variableCostPerUnit} per unit.',
    question:
      'How many units must it sell to break even? Answers within one unit are accepted, so you may round up to a whole unit.',
    unit: 'units',
    decimals: 1,
    tolerance: POUNDS,
    working: 'Break-even point (units) = fixed costs ÷ (selling price per unit − variable cost per unit).',
    parameters: {
      fixedCosts: { label: 'fixed costs', min: 5000, max: 20000, step: 500, unit: '£' },
      sellingPrice: { label: 'selling price per unit', min: 20, max: 40, step: 1, unit: '£' },
      variableCostPerUnit: { label: 'variable cost per unit', min: 5, max: 15, step: 1, unit: '£' },
    },
  },
  VARIANCE: {
    contexts: ['A department set a budget for its spending last month.'],
    figures: 'It budgeted {budget} and actually spent {actual}.',
    question: 'What is the variance (actual − budget)? Give a negative number if spending was below budget.',
    unit: '£',
    decimals: 0,
    tolerance: POUNDS,
    working: 'Variance = actual − budget.',
    parameters: {
      actual: { label: 'actual spending', min: 5000, max: 12000, step: 100, unit: '£' },
      budget: { label: 'budgeted spending', min: 5000, max: 12000, step: 100, unit: '£' },
    },
  },
  VARIANCE_PERCENT: {
    contexts: ['A department set a budget for its spending last month.'],
    figures: 'The budget was {budget} and the actual figure was {actual}.',
    question: 'What is the variance as a percentage of the budget?',
    unit: '%',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Variance (%) = (actual − budget) ÷ budget × 100.',
    parameters: {
      actual: { label: 'actual figure', min: 5000, max: 12000, step: 100, unit: '£' },
      budget: { label: 'budget', min: 5000, max: 12000, step: 100, unit: '£' },
    },
  },
  PERCENTAGE_CHANGE: {
    contexts: ['An organisation compares a figure in two periods.'],
    figures: 'The figure was {oldValue} in the first period and {newValue} in the second.',
    question: 'What is the percentage change?',
    unit: '%',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Percentage change = (new value − old value) ÷ old value × 100.',
    parameters: {
      oldValue: { label: 'first-period figure', min: 100, max: 500, step: 10 },
      newValue: { label: 'second-period figure', min: 100, max: 500, step: 10 },
    },
  },
  CONVERSION_RATE: {
    contexts: ['A website records its visitors and orders for a week.'],
    figures: 'It had {visitors} visitors, of whom {conversions} placed an order.',
    question: 'What was the conversion rate?',
    unit: '%',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Conversion rate = conversions ÷ visitors × 100.',
    parameters: {
      conversions: { label: 'orders', min: 10, max: 200, step: 1 },
      visitors: { label: 'visitors', min: 1000, max: 5000, step: 50 },
    },
  },
  MEAN: {
    contexts: ['Five measurements are recorded.'],
    figures: 'They are {v1}, {v2}, {v3}, {v4} and {v5}.',
    question: 'What is their mean?',
    decimals: 1,
    tolerance: ONE_DECIMAL,
    working: 'Mean = the sum of the five values ÷ 5.',
    parameters: {
      v1: { label: 'first value', min: 10, max: 90, step: 1 },
      v2: { label: 'second value', min: 10, max: 90, step: 1 },
      v3: { label: 'third value', min: 10, max: 90, step: 1 },
      v4: { label: 'fourth value', min: 10, max: 90, step: 1 },
      v5: { label: 'fifth value', min: 10, max: 90, step: 1 },
    },
  },
};
