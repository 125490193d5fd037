import { makeItem, numericContent, oneOfEachType } from '../testing/make-item';
import { numericKeyRule } from './numeric-key.rule';

describe(numericKeyRule.name, () => {
  const sut = numericKeyRule;
  const messagesOf = (overrides: Parameters<typeof numericContent>[0]) =>
    sut([makeItem(numericContent(overrides))]).map((finding) => finding.message);

  it("should report grading's validation problems, one finding each", () => {
    const parameters = [{ name: 'revenue', label: 'Revenue', min: 2000, max: 1000, step: 100 }];
    expect(sut([makeItem(numericContent({ parameters }))])).toEqual([
      {
        rule: 'numeric-key',
        severity: 'ERROR',
        itemIndex: 0,
        message: 'parameters: missing formula inputs: costOfSales',
      },
      {
        rule: 'numeric-key',
        severity: 'ERROR',
        itemIndex: 0,
        message: 'parameters[0].min: must not be greater than max',
      },
      {
        rule: 'numeric-key',
        severity: 'ERROR',
        itemIndex: 0,
        message: 'stem: has placeholders without a parameter: costOfSales',
      },
    ]);
  });

  it('should flag a stem that does not mention a parameter', () => {
    expect(messagesOf({ stem: 'Revenue is {revenue}. What is the gross profit?' })).toEqual([
      'stem: has no placeholder for {costOfSales}',
    ]);
  });

  it('should flag a negative tolerance', () => {
    expect(messagesOf({ tolerance: { kind: 'RELATIVE', value: -0.01 } })).toEqual([
      'tolerance.value: must be a finite number ≥ 0',
    ]);
  });

  it('should flag ranges with no acceptable draw', () => {
    // Cost of sales always above revenue: every gross "profit" is a loss, which the formula rejects.
    const parameters = [
      { name: 'revenue', label: 'Revenue', min: 1000, max: 2000, step: 500 },
      { name: 'costOfSales', label: 'Cost of sales', min: 3000, max: 4000, step: 500 },
    ];
    expect(messagesOf({ parameters })).toEqual([
      'parameters: ranges rarely give a meaningful GROSS_PROFIT result',
    ]);
  });

  it('should accept a valid numeric item', () => {
    expect(sut([makeItem(numericContent())])).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
