import { markingPointKey } from './marking-point-key';

describe(markingPointKey.name, () => {
  const text = 'Award credit for naming the seven HACCP principles in the correct order.';

  it('should be mp- and the first 10 hex digits of the SHA-256 of the normalised text', () => {
    expect(markingPointKey(text)).toBe('mp-68f7538825');
  });

  it('should give the same key for the same text', () => {
    expect(markingPointKey(text)).toBe(markingPointKey(`${text}`));
  });

  it.each([
    [
      'extra spaces and tabs',
      '  Award  credit for naming the seven HACCP\tprinciples in the correct order. ',
    ],
    ['a line break', 'Award credit for naming the seven HACCP\nprinciples in the correct order.'],
    ['other case', 'award credit for naming the seven haccp principles in the correct order.'],
    ['no final full stop', 'Award credit for naming the seven HACCP principles in the correct order'],
    [
      'other trailing punctuation',
      'Award credit for naming the seven HACCP principles in the correct order;',
    ],
  ])('should keep the key with %s', (_change, changed) => {
    expect(markingPointKey(changed)).toBe(markingPointKey(text));
  });

  it.each([
    ['a changed word', 'Award credit for naming the five HACCP principles in the correct order.'],
    [
      'a changed inner punctuation',
      'Award credit for naming the seven HACCP principles, in the correct order.',
    ],
  ])('should change the key with %s', (_change, changed) => {
    expect(markingPointKey(changed)).not.toBe(markingPointKey(text));
    expect(markingPointKey(changed)).toMatch(/^mp-[0-9a-f]{10}$/);
  });
});
