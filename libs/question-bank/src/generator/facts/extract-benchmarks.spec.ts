import { extractBenchmarks } from './extract-benchmarks';

describe(extractBenchmarks.name, () => {
  it.each([
    [
      'a ratio between 1.5 and 2 is usually considered healthy',
      { subject: 'a ratio', comparison: 'BETWEEN', values: [1.5, 2], meaning: 'usually considered healthy' },
    ],
    [
      'a BMI above 30 indicates obesity',
      { subject: 'a BMI', comparison: 'ABOVE', values: [30], meaning: 'indicates obesity' },
    ],
    [
      'A current ratio below 1 suggests liquidity problems, and gearing',
      {
        subject: 'A current ratio',
        comparison: 'BELOW',
        values: [1],
        meaning: 'suggests liquidity problems',
      },
    ],
    [
      'Staff turnover should be below 5% in a stable team',
      { subject: 'Staff turnover', comparison: 'BELOW', values: [5], unit: '%', meaning: 'meets the target' },
    ],
  ])('should read %p', (text, expected) => {
    const [sut] = extractBenchmarks(text);
    const { subject, benchmark } = sut;
    expect({ subject, ...benchmark, text: undefined }).toEqual({ ...expected, text: undefined });
  });

  it.each([
    'Hot food must be kept above 63°C.',
    'Temperatures between 5 and 63 °C are the danger zone for bacterial growth.',
    'Sales rose by 30 in the second quarter.',
    'The break-even point is 800 units.',
  ])('should read no benchmark in %p', (text) => {
    expect(extractBenchmarks(text)).toEqual([]);
  });
});

describe(`${extractBenchmarks.name} (named ranges and ratios to one)`, () => {
  it.each([
    ['Current ratio = current assets ÷ current liabilities (ideal 1.5–2:1).', [1.5, 2], 'ideal'],
    ['A healthy range of 1.5 to 2 for the current ratio.', [1.5, 2], 'healthy'],
    ['a ratio between 1.5:1 and 2:1 is usually considered healthy', [1.5, 2], 'usually considered healthy'],
  ])('should read %p', (text, values, meaning) => {
    const [sut] = extractBenchmarks(text);
    expect(sut.benchmark).toMatchObject({ comparison: 'BETWEEN', values, meaning });
  });
});
