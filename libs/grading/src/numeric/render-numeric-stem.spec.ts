import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { renderNumericStem } from './render-numeric-stem';

describe(renderNumericStem.name, () => {
  it('should fill every placeholder with en-GB thousands separators and pound signs', () => {
    const values = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };
    expect(renderNumericStem(makeNumericContent(), values)).toBe(
      'Fixed costs are £42,000, the selling price is £24 and the variable cost is £15.75 per unit. How many units must be sold to break even?',
    );
  });

  it('should show pence as two decimals', () => {
    const content = makeNumericContent({ stem: '{sellingPrice} {variableCostPerUnit} {fixedCosts}' });
    expect(
      renderNumericStem(content, { fixedCosts: 1234567, sellingPrice: 7.5, variableCostPerUnit: 5 }),
    ).toBe('£7.50 £5 £1,234,567');
  });

  it('should put a percent sign after the number and other units after a space', () => {
    const content = makeNumericContent({
      formula: 'CONVERSION_RATE',
      stem: '{conversions} from {visitors}; {conversions} again',
      parameters: [
        { name: 'conversions', label: 'Conversions', min: 0, max: 100, step: 0.5, unit: '%' },
        { name: 'visitors', label: 'Visitors', min: 100, max: 50000, step: 100, unit: 'visitors' },
      ],
    });
    expect(renderNumericStem(content, { conversions: 12.5, visitors: 12500 })).toBe(
      '12.5% from 12,500 visitors; 12.5% again',
    );
  });

  it('should format negative values and leave unknown placeholders alone', () => {
    const content = makeNumericContent({
      formula: 'VARIANCE',
      stem: 'Actual {actual}, budget {budget}, {other}',
      parameters: [
        { name: 'actual', label: 'Actual', min: -5000, max: 5000, step: 100, unit: '£' },
        { name: 'budget', label: 'Budget', min: 1000, max: 5000, step: 100 },
      ],
    });
    expect(renderNumericStem(content, { actual: -1500, budget: 2000 })).toBe(
      'Actual -£1,500, budget 2,000, {other}',
    );
  });

  it('should throw MISSING_PARAMETERS when a value is absent', () => {
    const error = captureGradingError(() => renderNumericStem(makeNumericContent(), { fixedCosts: 1000 }));
    expect(error.code).toBe(GradingErrorCode.MISSING_PARAMETERS);
    expect(error.details.map((detail) => detail.field)).toEqual(['sellingPrice', 'variableCostPerUnit']);
  });
});
