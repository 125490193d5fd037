import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { numericKey } from './numeric-key';

describe(numericKey.name, () => {
  it('should round break-even units half away from zero to the item decimals', () => {
    // 42,000 ÷ (24 − 15.75) = 5,090.909…
    const values = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };
    expect(numericKey(makeNumericContent({ decimals: 0 }), values)).toBe(5091);
    expect(numericKey(makeNumericContent({ decimals: 2 }), values)).toBe(5090.91);
  });

  it('should round an exact half up for a positive margin', () => {
    const content = makeNumericContent({
      formula: 'GROSS_PROFIT_MARGIN',
      parameters: [
        { name: 'revenue', label: 'Revenue', min: 1000, max: 20000, step: 100 },
        { name: 'costOfSales', label: 'Cost of sales', min: 500, max: 15000, step: 100 },
      ],
      stem: '{revenue} {costOfSales}',
      decimals: 0,
    });
    // (12,000 − 7,500) ÷ 12,000 × 100 = 37.5
    expect(numericKey(content, { revenue: 12000, costOfSales: 7500 })).toBe(38);
    expect(numericKey({ ...content, decimals: 1 }, { revenue: 12000, costOfSales: 7500 })).toBe(37.5);
  });

  it('should round an exact negative half away from zero', () => {
    const content = makeNumericContent({
      formula: 'VARIANCE',
      parameters: [
        { name: 'actual', label: 'Actual', min: 0, max: 10, step: 0.5 },
        { name: 'budget', label: 'Budget', min: 0, max: 10, step: 0.5 },
      ],
      stem: '{actual} {budget}',
      decimals: 0,
    });
    expect(numericKey(content, { actual: 0, budget: 2.5 })).toBe(-3);
    expect(Object.is(numericKey(content, { actual: 2, budget: 2.4 }), 0)).toBe(true);
  });

  it('should throw NON_FINITE_RESULT when the price equals the variable cost', () => {
    const error = captureGradingError(() =>
      numericKey(makeNumericContent(), { fixedCosts: 1000, sellingPrice: 12, variableCostPerUnit: 12 }),
    );
    expect(error.code).toBe(GradingErrorCode.NON_FINITE_RESULT);
  });

  it('should throw MISSING_PARAMETERS when an input has no value', () => {
    const error = captureGradingError(() =>
      numericKey(makeNumericContent(), { fixedCosts: 1000, sellingPrice: 12 }),
    );
    expect(error.code).toBe(GradingErrorCode.MISSING_PARAMETERS);
    expect(error.details).toEqual([
      { field: 'variableCostPerUnit', message: 'missing or not a finite number' },
    ]);
  });

  it('should throw INVALID_CONTENT for fractional decimals', () => {
    const values = { fixedCosts: 1000, sellingPrice: 12, variableCostPerUnit: 10 };
    const error = captureGradingError(() => numericKey(makeNumericContent({ decimals: 1.5 }), values));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
