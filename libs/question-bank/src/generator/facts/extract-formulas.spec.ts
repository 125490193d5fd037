import type { FactSource } from './fact-types';
import { extractFormulas } from './extract-formulas';

const read = (text: string, source: FactSource = 'KEY_CONCEPT', concept?: string) =>
  extractFormulas({ text, line: 4, endLine: 4, source, ...(concept ? { concept } : {}) });
const summary = (text: string, source?: FactSource, concept?: string) =>
  read(text, source, concept).map((fact) => `${fact.result.name} = ${fact.expression}`);

describe(extractFormulas.name, () => {
  it('should read a formula in symbols with its rearrangement and the same-units condition', () => {
    const sut = read(
      'Magnification = image size ÷ actual size, with both measurements in the same units; rearranged, actual size = image size ÷ magnification.',
    );
    expect(sut.map((fact) => [fact.result.label, fact.expression, fact.rearranged, fact.sameUnits])).toEqual([
      ['magnification', 'imageSize / actualSize', false, true],
      ['actual size', 'imageSize / magnification', true, true],
    ]);
    expect(sut[0].inputs).toEqual([
      { name: 'imageSize', label: 'image size' },
      { name: 'actualSize', label: 'actual size' },
    ]);
    expect(sut[0]).toMatchObject({ statement: 'Magnification = image size ÷ actual size', lines: [4] });
  });

  it('should read the result after examiner wording and stop the expression at the sentence', () => {
    expect(
      summary(
        'Award credit for the correct formula, magnification = image size ÷ actual size, with a correctly converted answer and units where needed.',
        'MARKING_POINT',
      ),
    ).toEqual(['magnification = imageSize / actualSize']);
    expect(
      summary(
        'Award credit for stating and applying gross profit = revenue − cost of sales, with the correct answer in pounds.',
      ),
    ).toEqual(['grossProfit = revenue - costOfSales']);
  });

  it.each([
    [
      'The current ratio is calculated as current assets divided by current liabilities.',
      'currentRatio = currentAssets / currentLiabilities',
    ],
    [
      'Current ratio: current assets divided by current liabilities.',
      'currentRatio = currentAssets / currentLiabilities',
    ],
    ['Profit is revenue minus costs.', 'profit = revenue - costs'],
    [
      'The mark-up is gross profit as a percentage of cost of sales.',
      'markUp = (grossProfit / costOfSales) * 100',
    ],
    ['Speed = distance / time.', 'speed = distance / time'],
    [
      'The contribution is the difference between selling price and variable cost.',
      'contribution = sellingPrice - variableCost',
    ],
    [
      'Credit for calculating net profit margin as (net profit ÷ revenue) × 100 and giving the answer as a percentage.',
      'netProfitMargin = (netProfit / revenue) * 100',
    ],
    [
      'Average speed is found by dividing the total distance by the total time taken.',
      'averageSpeed = totalDistance / totalTimeTaken',
    ],
    [
      'Net profit = gross profit − operating expenses (such as wages, rent and utilities).',
      'netProfit = grossProfit - operatingExpenses',
    ],
    [
      'Break-even point (units) = fixed costs ÷ (selling price per unit − variable cost per unit).',
      'breakEvenPoint = fixedCosts / (sellingPricePerUnit - variableCostPerUnit)',
    ],
  ])('should read %p', (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  it('should read units in brackets and a squared operand', () => {
    const [sut] = read('BMI = weight (kg) / height (m)²; a BMI above 30 indicates obesity.');
    expect(sut.expression).toBe('weight / height ^ 2');
    expect(sut.inputs).toEqual([
      { name: 'weight', label: 'weight', unit: 'kg' },
      { name: 'height', label: 'height', unit: 'm' },
    ]);
    expect(sut.result).toEqual({ name: 'bmi', label: 'BMI' });
    expect(sut.benchmarks).toEqual([
      {
        comparison: 'ABOVE',
        values: [30],
        meaning: 'indicates obesity',
        text: 'a BMI above 30 indicates obesity',
      },
    ]);
  });

  it('should attach a range stated on the line to its only formula', () => {
    const [sut] = read(
      'The current ratio is current assets ÷ current liabilities; a ratio between 1.5 and 2 is usually considered healthy.',
    );
    expect(sut.benchmarks).toEqual([
      {
        comparison: 'BETWEEN',
        values: [1.5, 2],
        meaning: 'usually considered healthy',
        text: 'a ratio between 1.5 and 2 is usually considered healthy',
      },
    ]);
  });

  it('should keep example values the line gives, by the full name or an unshared first word', () => {
    const [sut] = read(
      'Margin of safety = actual sales − break-even sales; selling 1,000 units when the break-even point is 800 units gives a margin of safety of 200 units.',
    );
    expect(sut.inputs[1]).toEqual({
      name: 'breakEvenSales',
      label: 'break-even sales',
      example: 800,
      unit: 'units',
    });
    expect(sut.result).toEqual({
      name: 'marginOfSafety',
      label: 'margin of safety',
      example: 200,
      unit: 'units',
    });
    const margin = read(
      'Gross profit = revenue − cost of sales, and gross profit margin = (gross profit ÷ revenue) × 100; for example, sales of £50,000 with a cost of sales of £30,000 give a gross profit of £20,000 and a gross profit margin of 40%.',
    )[1];
    expect(margin.result).toEqual({
      name: 'grossProfitMargin',
      label: 'gross profit margin',
      example: 40,
      unit: '%',
    });
    expect(margin.percentage).toBe(true);
  });

  it('should read a key concept whose description is the calculation', () => {
    expect(
      summary(
        'Current assets ÷ current liabilities, a measure of liquidity.',
        'KEY_CONCEPT',
        'Current ratio',
      ),
    ).toEqual(['currentRatio = currentAssets / currentLiabilities']);
  });

  it.each([
    'Dividing the actual size by the image size, which gives the reciprocal of the magnification.',
    '1 mm = 1000 µm and 1 µm = 1000 nm, so a length in millimetres is multiplied by 1000 to give micrometres.',
    'Credit for a correct unit conversion between mm, µm and nm, for example 0.25 mm = 250 µm.',
    'The cell cycle ends when cytokinesis divides the cytoplasm, and the nucleus is divided into two.',
    'Confusing gross profit margin with mark-up, which divides gross profit by the cost of sales instead of by revenue.',
    'Dividing fixed costs by the selling price rather than by the contribution per unit when calculating the break-even point.',
    'A variance is favourable when revenue is above budget or costs are below budget.',
    'The contribution is £15 per unit.',
    'The result is divided by two to give the mean.',
    'Time = money.',
    'Evidence must include the break-even formula, fixed costs ÷ (selling price per unit − variable cost per unit), with the answer in units.',
    'Teams are divided by region and managed by a lead.',
    'The answer is 5 minus 3.',
  ])('should read no formula in %p', (text) => {
    expect(read(text, 'MISCONCEPTION')).toEqual([]);
  });
});

describe(`${extractFormulas.name} (metric names, asides and percentages)`, () => {
  it.each([
    [
      'Net Promoter Score (NPS) = % promoters − % detractors.',
      'Net Promoter Score',
      'percentageOfPromoters - percentageOfDetractors',
    ],
    [
      'Acid test (quick) ratio = (current assets − inventory) ÷ current liabilities.',
      'acid test ratio',
      '(currentAssets - inventory) / currentLiabilities',
    ],
    [
      'CSAT = (number of satisfied customers ÷ total number of responses) × 100.',
      'CSAT',
      '(numberOfSatisfiedCustomers / totalNumberOfResponses) * 100',
    ],
  ])('should read %p', (text, result, expression) => {
    const [sut] = extractFormulas({ text, line: 1, endLine: 1, source: 'KEY_CONCEPT' });
    expect([sut.result.label, sut.expression]).toEqual([result, expression]);
  });

  it('should give a percentage operand its unit', () => {
    const [sut] = extractFormulas({
      text: 'NPS = % promoters − % detractors.',
      line: 1,
      endLine: 1,
      source: 'MARKING_POINT',
    });
    expect(sut.inputs).toEqual([
      { name: 'percentageOfPromoters', label: 'percentage of promoters', unit: '%' },
      { name: 'percentageOfDetractors', label: 'percentage of detractors', unit: '%' },
    ]);
  });

  it('should not name a result by a bare generic word', () => {
    expect(
      extractFormulas({ text: 'The ratio = assets ÷ liabilities.', line: 1, endLine: 1, source: 'OTHER' }),
    ).toEqual([]);
  });
});

describe(`${extractFormulas.name} (benchmarks beside one of several formulas)`, () => {
  it('should attach a bracketed range to the formula just before it', () => {
    const sut = extractFormulas({
      text: 'Current ratio = current assets ÷ current liabilities (ideal 1.5–2:1), and the acid test (quick) ratio = (current assets − inventory) ÷ current liabilities.',
      line: 1,
      endLine: 1,
      source: 'KEY_CONCEPT',
    });
    expect(sut.map((fact) => [fact.result.label, fact.benchmarks.map((b) => b.values)])).toEqual([
      ['current ratio', [[1.5, 2]]],
      ['acid test ratio', []],
    ]);
  });

  it('should read "expressed as a percentage" as × 100 and keep an abbreviation of the result', () => {
    const [rate] = extractFormulas({
      text: 'The first contact resolution rate is the number of issues resolved on first contact divided by the total number of issues, expressed as a percentage.',
      line: 1,
      endLine: 1,
      source: 'KEY_CONCEPT',
    });
    expect([rate.expression, rate.percentage]).toEqual([
      '(numberOfIssuesResolvedOnFirstContact / totalNumberOfIssues) * 100',
      true,
    ]);
    const [nps] = extractFormulas({
      text: 'Net Promoter Score (NPS) = % promoters − % detractors.',
      line: 1,
      endLine: 1,
      source: 'KEY_CONCEPT',
    });
    expect(nps.result).toEqual({
      name: 'netPromoterScore',
      label: 'Net Promoter Score',
      abbreviation: 'NPS',
    });
  });
});
