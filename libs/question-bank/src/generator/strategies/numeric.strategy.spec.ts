import {
  drawParameters,
  numericKey,
  renderNumericStem,
  validateNumericContent,
  type NumericContent,
} from '@markpoint/grading';
import { sampleSpec } from '../testing/spec-files';
import { strategyContext } from '../testing/strategy-context';
import { NumericStrategy } from './numeric.strategy';

describe(NumericStrategy.name, () => {
  const sut = new NumericStrategy();
  const numericOf = (packs: boolean): NumericContent[] =>
    sut
      .generate(strategyContext(sampleSpec(1), 2, { packs }))
      .flatMap((item) => (item.content.type === 'NUMERIC' ? [item.content] : []));

  it('should write one calculation per formula the marking point names', () => {
    expect(numericOf(true).map((content) => content.formula)).toEqual([
      'GROSS_PROFIT',
      'NET_PROFIT',
      'BREAK_EVEN_UNITS',
    ]);
  });

  it('should key gross profit as revenue minus cost of sales for any drawn figures', () => {
    for (const packs of [true, false]) {
      const content = numericOf(packs).find((candidate) => candidate.formula === 'GROSS_PROFIT');
      if (!content) throw new Error('no gross profit item');
      for (const seed of ['a', 'b', 'c', 'd']) {
        const values = drawParameters(content, seed);
        expect(numericKey(content, values)).toBe(values.revenue - values.costOfSales);
        expect(renderNumericStem(content, values)).toMatch(/£[\d,]+ and its cost of sales was £[\d,]+/);
      }
    }
  });

  it('should key break-even as fixed costs over the contribution, to one decimal place', () => {
    const content = numericOf(true).find((candidate) => candidate.formula === 'BREAK_EVEN_UNITS');
    if (!content) throw new Error('no break-even item');
    const values = drawParameters(content, 'seed-1');
    const expected =
      Math.round((values.fixedCosts / (values.sellingPrice - values.variableCostPerUnit)) * 10) / 10;
    expect(numericKey(content, values)).toBeCloseTo(expected, 6);
    expect(content.tolerance).toEqual({ kind: 'ABSOLUTE', value: 1 });
  });

  it('should write only deliverable items and state the tolerance in the feedback', () => {
    const items = sut.generate(strategyContext(sampleSpec(1), 3, { packs: false }));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (item.content.type !== 'NUMERIC') throw new Error('not numeric');
      expect(validateNumericContent(item.content)).toEqual([]);
      expect(item.feedback.correct).toMatch(/Answers within ±.* are accepted/);
      expect(item.level).toBe('APPLY');
    }
  });

  it('should write nothing when no calculation relates to the marking point', () => {
    expect(sut.generate(strategyContext(sampleSpec(0), 0, { packs: true }))).toEqual([]);
  });
});
