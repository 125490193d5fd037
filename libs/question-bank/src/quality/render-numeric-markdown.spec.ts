import type { NumericContent } from '@markpoint/grading';
import { numericContent } from './testing/make-item';
import { renderNumericMarkdown } from './render-numeric-markdown';

const MAGNIFICATION: NumericContent = {
  type: 'NUMERIC',
  stem: 'The image size is {imageSize} and the actual size is {actualSize}. What is the magnification?',
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
    { name: 'imageSize', label: 'image size', min: 36, max: 36, step: 1, unit: 'mm' },
    { name: 'actualSize', label: 'actual size', min: 0.024, max: 0.024, step: 0.001, unit: 'mm' },
  ],
  tolerance: { kind: 'ABSOLUTE', value: 1 },
  decimals: 0,
};

describe(renderNumericMarkdown.name, () => {
  it('should show a stated expression as the specification gives it, with a worked example', () => {
    const sut = renderNumericMarkdown(MAGNIFICATION);

    expect(sut).toContain('Formula (stated by the specification): magnification = `imageSize / actualSize`');
    expect(sut).toContain(
      '> The image size is 36 mm and the actual size is 0.024 mm. What is the magnification?',
    );
    expect(sut).toContain('Key: **1,500**');
  });

  it('should show a formula-table item as before', () => {
    expect(renderNumericMarkdown(numericContent())).toContain(
      'Formula: Gross profit = `revenue − costOfSales`',
    );
  });
});
