import { GradingErrorCode } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeExpressionContent, makeNumericContent } from '../testing/numeric-content.factory';
import { drawParameters } from './draw-parameters';
import { numericFormulaOf } from './numeric-formula';
import { numericKey } from './numeric-key';
import { renderNumericStem } from './render-numeric-stem';
import { validateNumericContent } from './validate-numeric-content';

describe('numeric items with a stated expression', () => {
  const sut = makeExpressionContent();

  it('should key the expression for the drawn values, rounded to the item decimals', () => {
    // 36 mm ÷ 0.024 mm = 1,500; 47 ÷ 0.035 = 1,342.857…
    expect(numericKey(sut, { imageSize: 36, actualSize: 0.024 })).toBe(1500);
    expect(numericKey({ ...sut, decimals: 1 }, { imageSize: 47, actualSize: 0.035 })).toBe(1342.9);
  });

  it('should draw only values whose result is inside the result range', () => {
    const narrow: NumericContent = {
      ...sut,
      expression: { ...sut.expression!, resultRange: { min: 500, max: 1000 } },
    };
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const values = drawParameters(narrow, seed);
      const key = numericKey(narrow, values);
      expect(key).toBeGreaterThanOrEqual(500);
      expect(key).toBeLessThanOrEqual(1000);
      expect(key).toBe(Math.round(values.imageSize / values.actualSize));
    }
  });

  it('should render the stem with the parameter units', () => {
    expect(renderNumericStem(sut, { imageSize: 36, actualSize: 0.024 })).toBe(
      'An image of a cell measures 36 mm and the cell is 0.024 mm across. What is the magnification?',
    );
  });

  it('should describe the calculation by its result name and text', () => {
    const formula = numericFormulaOf(sut);
    expect([formula.name, formula.describe, formula.inputs]).toEqual([
      'magnification',
      'imageSize / actualSize',
      ['imageSize', 'actualSize'],
    ]);
  });

  it('should find no problem in a deliverable expression item', () => {
    expect(validateNumericContent(sut)).toEqual([]);
  });

  it('should report an expression that is missing, unparseable or whose names differ from its inputs', () => {
    expect(validateNumericContent({ ...sut, expression: undefined })).toEqual([
      { field: 'expression', message: 'is required when formula is EXPRESSION' },
    ]);
    expect(
      validateNumericContent({ ...sut, expression: { ...sut.expression!, text: 'imageSize /' } }),
    ).toEqual([{ field: 'expression.text', message: 'ends too early' }]);
    expect(
      validateNumericContent({ ...sut, expression: { ...sut.expression!, text: 'imageSize / objectSize' } }),
    ).toEqual([
      { field: 'expression.inputs', message: 'not declared: objectSize' },
      { field: 'expression.inputs', message: 'not used by the expression: actualSize' },
    ]);
  });

  it('should require the parameters to be exactly the expression inputs', () => {
    const content = { ...sut, parameters: sut.parameters.slice(0, 1), stem: '{imageSize}' };
    expect(validateNumericContent(content)).toEqual([
      { field: 'parameters', message: 'missing formula inputs: actualSize' },
    ]);
  });

  it('should report a result range no draw can reach', () => {
    const content = { ...sut, expression: { ...sut.expression!, resultRange: { max: 0 } } };
    expect(validateNumericContent(content)).toEqual([
      { field: 'parameters', message: 'ranges rarely give a meaningful magnification result' },
    ]);
  });

  it('should refuse an expression on a formula-table item and key old items unchanged', () => {
    const old = makeNumericContent();
    expect(validateNumericContent({ ...old, expression: sut.expression })).toEqual([
      { field: 'expression', message: 'is only allowed when formula is EXPRESSION' },
    ]);
    expect(numericKey(old, { fixedCosts: 12000, sellingPrice: 25, variableCostPerUnit: 10 })).toBe(800);
  });

  it('should throw MISSING_PARAMETERS when an input has no value', () => {
    const error = captureGradingError(() => numericKey(sut, { imageSize: 36 }));
    expect(error.code).toBe(GradingErrorCode.MISSING_PARAMETERS);
    expect(error.details).toEqual([{ field: 'actualSize', message: 'missing or not a finite number' }]);
  });

  it('should throw NON_FINITE_RESULT for a division by zero', () => {
    const error = captureGradingError(() => numericKey(sut, { imageSize: 36, actualSize: 0 }));
    expect(error.code).toBe(GradingErrorCode.NON_FINITE_RESULT);
  });
});
