import type { NumericContent } from '../items/item-content';

// Specs only (grading cannot import libs/testing): a valid break-even item to override per test.
export function makeNumericContent(overrides: Partial<NumericContent> = {}): NumericContent {
  return {
    type: 'NUMERIC',
    stem: 'Fixed costs are {fixedCosts}, the selling price is {sellingPrice} and the variable cost is {variableCostPerUnit} per unit. How many units must be sold to break even?',
    formula: 'BREAK_EVEN_UNITS',
    parameters: [
      { name: 'fixedCosts', label: 'Fixed costs', min: 10000, max: 50000, step: 1000, unit: '£' },
      { name: 'sellingPrice', label: 'Selling price', min: 10, max: 30, step: 0.5, unit: '£' },
      {
        name: 'variableCostPerUnit',
        label: 'Variable cost per unit',
        min: 5,
        max: 25,
        step: 0.25,
        unit: '£',
      },
    ],
    tolerance: { kind: 'ABSOLUTE', value: 0 },
    unit: 'units',
    decimals: 0,
    ...overrides,
  };
}

// Specs only: a valid stated-expression item (magnification, both sizes in millimetres).
export function makeExpressionContent(overrides: Partial<NumericContent> = {}): NumericContent {
  return {
    type: 'NUMERIC',
    stem: 'An image of a cell measures {imageSize} and the cell is {actualSize} across. What is the magnification?',
    formula: 'EXPRESSION',
    expression: {
      text: 'imageSize / actualSize',
      inputs: [
        { name: 'imageSize', label: 'image size', unit: 'mm' },
        { name: 'actualSize', label: 'actual size', unit: 'mm' },
      ],
      resultName: 'magnification',
      resultRange: { min: 1 },
    },
    parameters: [
      { name: 'imageSize', label: 'image size', min: 10, max: 90, step: 1, unit: 'mm' },
      { name: 'actualSize', label: 'actual size', min: 0.01, max: 0.2, step: 0.005, unit: 'mm' },
    ],
    tolerance: { kind: 'ABSOLUTE', value: 1 },
    decimals: 0,
    ...overrides,
  };
}
