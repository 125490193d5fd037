import {
  drawParameters,
  numericKey,
  renderNumericStem,
  validateNumericContent,
  type ItemDraft,
  type NumericContent,
} from '@markpoint/grading';
import { markingPointKey, parseSpecification, type ParsedSpec } from '@markpoint/spec';
import { generateBank } from '../generate-bank';
import { lintBank } from '../../quality/lint-bank';
import { specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { NumericStrategy } from './numeric.strategy';
import { StatedFormulaChoiceStrategy } from './stated-formula-choice.strategy';
import { StatedThresholdTrueFalseStrategy } from './stated-threshold-true-false.strategy';

// A small specification with a ratio and its benchmark, a one-sided threshold and a difference.
const LIQUIDITY =
  parseSpecification(`This subtopic covers the liquidity and health measures learners use to judge a business and a person
Topic Synopsis
This subtopic covers how liquidity ratios and body mass index are calculated and interpreted against the benchmarks that practitioners use.
Key Concepts & Core Principles
- Current ratio: The current ratio is calculated as current assets divided by current liabilities; a ratio between 1.5 and 2 is usually considered healthy.
- Body mass index: BMI = weight (kg) / height (m)², and a BMI above 30 indicates obesity.
- Working capital: Working capital is the difference between current assets and current liabilities.
Exam Tips & Revision Strategies
- Show the ratio to two decimal places and say what it means for the business.
Common Misconceptions & Mistakes to Avoid
- Dividing current liabilities by current assets, which gives the inverse of the current ratio.
Examiner Marking Points
- Credit for calculating the current ratio correctly and interpreting it against the usual benchmark.
- Award marks for calculating BMI from weight and height and stating whether it indicates obesity.
- Credit for calculating working capital in pounds.
- Credit for naming two sources of short-term finance.
`);

const spec = (name: string): ParsedSpec => {
  const file = specFiles().find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no fixture ${name}`);
  return file.spec;
};
const expressionItems = (items: readonly ItemDraft[]): (ItemDraft & { content: NumericContent })[] =>
  items.filter(
    (item): item is ItemDraft & { content: NumericContent } =>
      item.content.type === 'NUMERIC' && item.content.formula === 'EXPRESSION',
  );

describe(`${NumericStrategy.name} (formulas the specification states)`, () => {
  const sut = new NumericStrategy();

  it('should ask magnification in one unit and across the stated conversion, and its rearrangement', () => {
    const cells = spec('cell-biology.txt');
    const point = cells.markingPoints.findIndex((line) => /magnification/.test(line.text));
    const items = expressionItems(sut.generate(strategyContext(cells, point)));

    expect(items.map((item) => item.content.expression?.text)).toEqual([
      '(imageSize * 1000) / actualSize',
      'imageSize / actualSize',
      'imageSize / magnification',
    ]);
    const [converted, same, rearranged] = items.map((item) => item.content);
    expect(new Set(items.map((item) => item.content.stem)).size).toBe(3);
    expect(same.parameters.map((p) => p.unit)).toEqual(['mm', 'mm']);
    expect(converted.parameters.map((p) => p.unit)).toEqual(['mm', 'µm']);
    expect(rearranged.unit).toBe('mm');
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const values = drawParameters(same, seed);
      expect(numericKey(same, values)).toBe(Math.round(values.imageSize / values.actualSize));
      const across = drawParameters(converted, seed);
      // 1 mm = 1000 µm: the image size in µm over the actual size in µm.
      expect(numericKey(converted, across)).toBe(Math.round((across.imageSize * 1000) / across.actualSize));
      expect(numericKey(converted, across)).toBeGreaterThan(1);
    }
    expect(renderNumericStem(converted, { imageSize: 36, actualSize: 24 })).toBe(
      'The image size is 36 mm and the actual size is 24 µm. Working in one unit, what is the magnification? Give your answer to the nearest whole number.',
    );
  });

  it('should tag each item with the marking point and cite the formula line and the point line', () => {
    const cells = spec('cell-biology.txt');
    const point = cells.markingPoints.findIndex((line) => /magnification/.test(line.text));
    const ctx = strategyContext(cells, point);
    const formulaLine = cells.keyConcepts.find((concept) => concept.name === 'Magnification')?.line;
    for (const item of expressionItems(sut.generate(ctx))) {
      expect(item.markingPointKeys).toEqual([markingPointKey(cells.markingPoints[point].text)]);
      expect(item.provenance.lines).toEqual([formulaLine, cells.markingPoints[point].line]);
      expect(item.level).toBe('APPLY');
      expect(validateNumericContent(item.content)).toEqual([]);
      // Feedback explains the working, never "see line N".
      expect(item.feedback.correct).toMatch(/^(?:Magnification|Actual size) = image size ÷ /);
      expect(item.feedback.correct).toMatch(/For example, .* = [\d,.]+\./);
      expect(`${item.feedback.correct} ${item.feedback.incorrect}`).not.toMatch(/\bline \d/);
    }
  });

  it('should key a stated ratio from its inputs and keep results near the stated benchmark', () => {
    const items = expressionItems(sut.generate(strategyContext(LIQUIDITY, 0)));
    expect(items).toHaveLength(1);
    const [{ content }] = items;
    expect(content.parameters.map((p) => [p.label, p.unit])).toEqual([
      ['current assets', '£'],
      ['current liabilities', '£'],
    ]);
    expect(content.decimals).toBe(2);
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const values = drawParameters(content, seed);
      const ratio = values.currentAssets / values.currentLiabilities;
      expect(numericKey(content, values)).toBeCloseTo(Math.round(ratio * 100) / 100, 10);
      expect(ratio).toBeGreaterThan(0.55);
      expect(ratio).toBeLessThan(3.65);
    }
  });

  it('should ask a difference of money in pounds, as a whole number with no tolerance', () => {
    const [item] = expressionItems(sut.generate(strategyContext(LIQUIDITY, 2)));
    expect(item.content).toMatchObject({ unit: '£', decimals: 0, tolerance: { kind: 'ABSOLUTE', value: 0 } });
    const values = drawParameters(item.content, 'x');
    expect(numericKey(item.content, values)).toBe(values.currentAssets - values.currentLiabilities);
    expect(item.content.stem).toMatch(/What is the working capital\? Give your answer in pounds\.$/);
  });

  it('should write nothing for a point that asks for no calculation', () => {
    expect(sut.generate(strategyContext(LIQUIDITY, 3))).toEqual([]);
    const cells = spec('cell-biology.txt');
    const naming = cells.markingPoints.findIndex((line) => /stages of mitosis/.test(line.text));
    expect(sut.generate(strategyContext(cells, naming))).toEqual([]);
  });

  it('should leave formulas the formula table already asks to it', () => {
    const items = strategyContexts(spec('retail-finance.txt')).flatMap((ctx) => sut.generate(ctx));
    expect(items.length).toBeGreaterThan(0);
    expect(expressionItems(items)).toEqual([]);
  });
});

describe(`${NumericStrategy.name} (a result the marking point names by its abbreviation)`, () => {
  it('should ask the Net Promoter Score for a point that says NPS, keyed as promoters minus detractors', () => {
    const metrics = parseSpecification(`This subtopic covers the metrics used to measure customer experience
Topic Synopsis
This subtopic covers customer experience metrics that managers calculate and interpret.
Key Concepts & Core Principles
- Net Promoter Score: Net Promoter Score (NPS) = % promoters − % detractors, where promoters score 9 or 10.
Exam Tips & Revision Strategies
- Always show the formula.
Common Misconceptions & Mistakes to Avoid
- Treating a high NPS as proof of profit.
Examiner Marking Points
- Credit for calculating NPS from survey results.
`);
    const [item] = expressionItems(new NumericStrategy().generate(strategyContext(metrics, 0)));
    expect(item.content.stem).toBe(
      'The percentage of promoters is {percentageOfPromoters} and the percentage of detractors is {percentageOfDetractors}. What is the Net Promoter Score? Give your answer as a percentage to the nearest whole number.',
    );
    const values = drawParameters(item.content, 'x');
    expect(numericKey(item.content, values)).toBe(
      values.percentageOfPromoters - values.percentageOfDetractors,
    );
  });
});

describe(StatedFormulaChoiceStrategy.name, () => {
  const sut = new StatedFormulaChoiceStrategy();

  it('should ask where concrete figures put the ratio against the stated range, keyed by computing it', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const [interpretation] = sut.generate(strategyContext(LIQUIDITY, 0, { seed }));
      if (interpretation.content.type !== 'SINGLE_CHOICE') throw new Error('not single choice');
      const { stem, options, correctOptionId } = interpretation.content;
      expect(interpretation.level).toBe('ANALYSE');
      const [assets, liabilities] = [...stem.matchAll(/£([\d,]+)/g)].map((match) =>
        Number(match[1].replace(/,/g, '')),
      );
      const ratio = assets / liabilities;
      const expected = ratio < 1.5 ? /^Below 1\.5/ : ratio > 2 ? /^Above 2/ : /^Between 1\.5 and 2/;
      expect(options.find((option) => option.id === correctOptionId)?.text).toMatch(expected);
      expect(options.map((option) => option.text).sort()).toEqual([
        'Above 2: over the range usually considered healthy',
        'Below 1.5: under the range usually considered healthy',
        'Between 1.5 and 2: the range usually considered healthy',
      ]);
      expect(stem).toMatch(
        /^The current assets are £[\d,]+ and the current liabilities are £[\d,]+\. Which statement describes the current ratio\?$/,
      );
      expect(interpretation.feedback.correct).toMatch(
        /^Current ratio = current assets ÷ current liabilities = £[\d,]+ ÷ £[\d,]+ = \d\.\d\d, so it is /,
      );
    }
  });

  it('should offer the inverted division and the wrong operations as distractors for the formula', () => {
    const items = sut.generate(strategyContext(LIQUIDITY, 0));
    const formula = items.find((item) => item.level === 'RECALL');
    if (formula?.content.type !== 'SINGLE_CHOICE') throw new Error('no formula item');
    expect(formula.content.stem).toBe('Which of the following is the formula for the current ratio?');
    expect(formula.content.options.map((option) => option.text).sort()).toEqual(
      [
        'current assets × current liabilities',
        'current assets − current liabilities',
        'current assets ÷ current liabilities',
        'current liabilities ÷ current assets',
      ].sort(),
    );
    const { options, correctOptionId } = formula.content;
    const key = options.find((option) => option.id === correctOptionId);
    expect(key?.text).toBe('current assets ÷ current liabilities');
  });
});

describe(StatedThresholdTrueFalseStrategy.name, () => {
  const sut = new StatedThresholdTrueFalseStrategy();

  it('should key the statement by computing the result against the stated threshold', () => {
    const keys = new Set<boolean>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) {
      const [item] = sut.generate(strategyContext(LIQUIDITY, 1, { seed }));
      if (item.content.type !== 'TRUE_FALSE') throw new Error('not true/false');
      const match =
        /^With a weight of ([\d.]+) kg and a height of ([\d.]+) m, the BMI indicates obesity\.$/.exec(
          item.content.stem,
        );
      if (!match) throw new Error(`unexpected stem: ${item.content.stem}`);
      const bmi = Number(match[1]) / Number(match[2]) ** 2;
      expect(item.content.correct).toBe(bmi > 30);
      expect(item.level).toBe('ANALYSE');
      keys.add(item.content.correct);
    }
    expect([...keys].sort()).toEqual([false, true]);
  });
});

describe('generated banks with stated formulas', () => {
  it.each([
    ['cell-biology.txt', () => spec('cell-biology.txt')],
    ['the liquidity specification', () => LIQUIDITY],
  ])('should give %s calculation items whose keys the linter recomputes without a finding', (_, load) => {
    const bank = generateBank(load(), { specId: 's', specVersion: 1, seed: 'bank' });
    const stated = expressionItems(bank.items);
    expect(stated.length).toBeGreaterThan(0);
    const findings = lintBank(stated);
    expect(findings.filter((finding) => finding.rule === 'numeric-key')).toEqual([]);
  });
});
