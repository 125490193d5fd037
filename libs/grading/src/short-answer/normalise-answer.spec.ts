import { answersMatch, normaliseAnswer } from './normalise-answer';

describe(normaliseAnswer.name, () => {
  it.each([
    ['  Gross   PROFIT ', 'gross profit'],
    ['Profit & Loss', 'profit and loss'],
    ['P&L', 'p and l'],
    ['The balance sheet.', 'balance sheet'],
    ['An asset', 'asset'],
    ['A', 'a'],
    ["Owner's equity", 'owners equity'],
    ['Break-even point', 'break even point'],
    ['break–even', 'break even'],
    ['£1,000', '1000'],
    ['2.5%', '2.5'],
    ['"Depreciation!"', 'depreciation'],
    ['ﬁxed costs', 'fixed costs'],
    ['Theory', 'theory'],
  ])('should normalise %p to %p', (text, expected) => {
    expect(normaliseAnswer(text)).toBe(expected);
  });
});

describe(answersMatch.name, () => {
  it.each([
    ['profit and loss account', 'Profit & Loss Account'],
    ['the Statement of Financial Position', 'statement of financial position'],
    ['Cost of sales.', 'cost of sales'],
    ['break-even point', 'Breakeven point'],
    ['break even point', 'break–even point'],
  ])('should match %p with %p', (given, accepted) => {
    expect(answersMatch(given, accepted)).toBe(true);
  });

  it.each([
    ['net profit', 'gross profit'],
    ['profits', 'profit'],
    ['', ''],
    ['...', '!!!'],
  ])('should not match %p with %p', (given, accepted) => {
    expect(answersMatch(given, accepted)).toBe(false);
  });
});
