import { bulletText, isRule } from './bullets';

describe(bulletText.name, () => {
  it.each([
    ['- Award credit.', 'Award credit.'],
    ['-Award credit.', 'Award credit.'],
    ['  * Award credit.', 'Award credit.'],
    ['+ Award credit.', 'Award credit.'],
    ['•Award credit.', 'Award credit.'],
    ['● Award credit.', 'Award credit.'],
    ['– Award credit.', 'Award credit.'],
    ['— Award credit.', 'Award credit.'],
    ['1. Award credit.', 'Award credit.'],
    ['12) Award credit.', 'Award credit.'],
    ['3)Award credit.', 'Award credit.'],
    ['(a) Award credit.', 'Award credit.'],
    ['(iv) Award credit.', 'Award credit.'],
    ['(2) Award credit.', 'Award credit.'],
    ['b) Award credit.', 'Award credit.'],
    ['- ', ''],
  ])('should read %j as a bullet with text %j', (line, text) => {
    expect(bulletText(line)).toBe(text);
  });

  it.each([
    'Award credit.',
    '**Examiner Marking Points**',
    '*emphasis* at the start',
    '1.5 kg of flour is weighed.',
    '2015 saw the Consumer Rights Act.',
    '---',
    '-- not a bullet',
    '',
  ])('should not read %j as a bullet', (line) => {
    expect(bulletText(line)).toBeUndefined();
  });
});

describe(isRule.name, () => {
  it.each(['---', '===', '* * *', '________'])('should read %j as a rule', (line) => {
    expect(isRule(line)).toBe(true);
  });

  it.each(['--', '- item', 'text'])('should not read %j as a rule', (line) => {
    expect(isRule(line)).toBe(false);
  });
});
