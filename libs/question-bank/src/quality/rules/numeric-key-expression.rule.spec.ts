import type { NumericContent } from '@markpoint/grading';
import { makeItem } from '../testing/make-item';
import { numericKeyRule } from './numeric-key.rule';
import { recomputeExpression } from './recompute-expression';

// Grading's key for a stated expression is made wrong by one when the image size is even, so only
// the rule's own evaluator can notice.
jest.mock('@markpoint/grading', () => {
  const actual = jest.requireActual<typeof import('@markpoint/grading')>('@markpoint/grading');
  return {
    ...actual,
    numericKey: (...args: Parameters<typeof actual.numericKey>) => {
      const [, values] = args;
      const key = actual.numericKey(...args);
      return values.imageSize === 40 ? key + 1 : key;
    },
  };
});

function magnification(imageSize: { min: number; max: number }): NumericContent {
  return {
    type: 'NUMERIC',
    stem: 'The image is {imageSize} long and the cell {actualSize}. What is the magnification?',
    formula: 'EXPRESSION',
    expression: {
      text: 'imageSize ÷ actualSize',
      inputs: [
        { name: 'imageSize', label: 'image size' },
        { name: 'actualSize', label: 'actual size' },
      ],
      resultName: 'magnification',
      resultRange: { min: 1 },
    },
    parameters: [
      { name: 'imageSize', label: 'image size', ...imageSize, step: 1, unit: 'mm' },
      { name: 'actualSize', label: 'actual size', min: 0.02, max: 0.02, step: 0.01, unit: 'mm' },
    ],
    tolerance: { kind: 'ABSOLUTE', value: 0 },
    decimals: 0,
  };
}

describe(`${numericKeyRule.name} (stated expressions)`, () => {
  const sut = numericKeyRule;

  it('should pass an expression item whose keys match the independent recomputation', () => {
    expect(sut([makeItem(magnification({ min: 30, max: 35 }))])).toEqual([]);
  });

  it('should flag an expression item whose key differs from the independent recomputation', () => {
    expect(sut([makeItem(magnification({ min: 40, max: 40 }))]).map((finding) => finding.message)).toEqual([
      '20 of 20 draws fail; first: seed "0:0": key 2001 but "imageSize ÷ actualSize" of {"imageSize":40,"actualSize":0.02} is 2000',
    ]);
  });
});

describe(recomputeExpression.name, () => {
  it.each([
    ['2 + 3 * 4', 14],
    ['(2 + 3) × 4', 20],
    ['12 / 3 / 2', 2],
    ['10 − 4 − 3', 3],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['2 ^ -1', 0.5],
    ['-a * b', -12],
    ['(net ÷ revenue) × 100', 40],
  ])('should compute %p as %p', (text, expected) => {
    expect(recomputeExpression(text, { a: 3, b: 4, net: 20, revenue: 50 })).toBeCloseTo(expected, 12);
  });

  it.each(['a +', '(a', 'a)', 'a b', 'max(a)', ''])('should give NaN for %p', (text) => {
    expect(recomputeExpression(text, { a: 1, b: 2 })).toBeNaN();
  });
});
