import { makeItem, numericContent } from '../testing/make-item';
import { numericKeyRule } from './numeric-key.rule';

// Grading's key is made wrong by one for an even revenue per thousand, so only the independent
// recomputation can notice: validation and the draw itself still succeed.
jest.mock('@markpoint/grading', () => {
  const actual = jest.requireActual<typeof import('@markpoint/grading')>('@markpoint/grading');
  return {
    ...actual,
    numericKey: (...args: Parameters<typeof actual.numericKey>) => {
      const [, values] = args;
      const key = actual.numericKey(...args);
      return values.revenue % 2000 === 0 ? key + 1 : key;
    },
  };
});

describe(`${numericKeyRule.name} (a wrong key from grading)`, () => {
  const sut = numericKeyRule;

  it('should flag draws whose key differs from the independent recomputation', () => {
    const parameters = [
      { name: 'revenue', label: 'Revenue', min: 12000, max: 12000, step: 500 },
      { name: 'costOfSales', label: 'Cost of sales', min: 7500, max: 7500, step: 500 },
    ];
    expect(sut([makeItem(numericContent({ parameters }))])).toEqual([
      {
        rule: 'numeric-key',
        severity: 'ERROR',
        itemIndex: 0,
        message:
          '20 of 20 draws fail; first: seed "0:0": key 4501 but GROSS_PROFIT of {"revenue":12000,"costOfSales":7500} is 4500',
      },
    ]);
  });

  it('should count only the failing draws', () => {
    const messages = sut([makeItem(numericContent())]).map((finding) => finding.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^(\d+) of 20 draws fail; first: seed "0:\d+": key (\d+) but GROSS_PROFIT of/,
    );
    const failing = Number(/^(\d+)/.exec(messages[0])?.[1]);
    expect(failing).toBeGreaterThan(0);
    expect(failing).toBeLessThan(20);
  });
});
