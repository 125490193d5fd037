import { GradingErrorCode } from '../../exceptions/grading.error';
import { captureGradingError } from '../../testing/capture-grading-error';
import { evaluateExpression } from './evaluate-expression';
import { expressionInputs, parseExpression } from './parse-expression';

const valueOf = (text: string, values: Record<string, number> = {}): number =>
  evaluateExpression(parseExpression(text), values);

describe(parseExpression.name, () => {
  it('should apply the usual precedence and associativity', () => {
    expect(valueOf('2 + 3 * 4')).toBe(14);
    expect(valueOf('(2 + 3) * 4')).toBe(20);
    expect(valueOf('12 / 3 / 2')).toBe(2);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('2 ^ 3 ^ 2')).toBe(512);
    expect(valueOf('-2 ^ 2')).toBe(-4);
    expect(valueOf('2 ^ -1')).toBe(0.5);
    expect(valueOf('-a * b', { a: 3, b: 4 })).toBe(-12);
    expect(valueOf('--3')).toBe(3);
  });

  it('should read the written operators as well as the ASCII ones', () => {
    expect(valueOf('(grossProfit ÷ revenue) × 100', { grossProfit: 20000, revenue: 50000 })).toBe(40);
    expect(valueOf('revenue − costOfSales', { revenue: 50000, costOfSales: 30000 })).toBe(20000);
    expect(valueOf('weight / height ^ 2', { weight: 81, height: 1.8 })).toBeCloseTo(25, 10);
  });

  it('should list the inputs in order of first use', () => {
    expect(expressionInputs(parseExpression('fixedCosts / (price - variableCost) + price'))).toEqual([
      'fixedCosts',
      'price',
      'variableCost',
    ]);
  });

  it('should give NaN for a missing input and Infinity for a division by zero', () => {
    expect(valueOf('a / b', { a: 1 })).toBeNaN();
    expect(valueOf('a / b', { a: 1, b: 0 })).toBe(Infinity);
    // Names are looked up as own properties only: nothing reaches Object.prototype.
    expect(valueOf('constructor + 1', {})).toBeNaN();
  });

  it.each([
    ['', 'is empty'],
    ['a +', 'ends too early'],
    ['(a + b', 'has an unclosed parenthesis'],
    ['a b', 'has an unexpected "b"'],
    ['Math.max(a, b)', 'has an unexpected character at 5'],
    ['a; process.exit()', 'has an unexpected character at 2'],
    ['a ** b', 'has an unexpected "*"'],
  ])('should refuse %p as INVALID_CONTENT', (text, message) => {
    const error = captureGradingError(() => parseExpression(text));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
    expect(error.details).toEqual([{ field: 'expression.text', message }]);
  });

  it('should refuse nesting deeper than a person writes', () => {
    const error = captureGradingError(() => parseExpression(`${'('.repeat(60)}a${')'.repeat(60)}`));
    expect(error.details[0].message).toBe('is nested too deeply');
  });
});
