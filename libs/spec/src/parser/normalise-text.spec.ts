import { contentHashOf, normaliseDocument, normaliseInline } from './normalise-text';

describe(contentHashOf.name, () => {
  const text = 'Topic Synopsis\nA short synopsis.';

  it('should be the SHA-256 hex of the normalised text', () => {
    expect(contentHashOf(text)).toBe('28cd73c40f0b502446d35d8584ff63b7ff16d95da9efcef911dbd3f0b703edd1');
  });

  it.each([
    ['a BOM', `\uFEFF${text}`],
    ['CRLF line endings', text.replace('\n', '\r\n')],
    ['lone CR line endings', text.replace('\n', '\r')],
    ['trailing spaces on a line', 'Topic Synopsis   \nA short synopsis.\t'],
    ['trailing blank lines', `${text}\n\n  \n`],
    ['all of them', `\uFEFFTopic Synopsis  \r\nA short synopsis.\r\n\r\n`],
  ])('should not change with %s', (_change, changed) => {
    expect(contentHashOf(changed)).toBe(contentHashOf(text));
  });

  it.each([
    ['a changed word', 'Topic Synopsis\nA long synopsis.'],
    ['a leading space', 'Topic Synopsis\n A short synopsis.'],
    ['an inserted blank line', 'Topic Synopsis\n\nA short synopsis.'],
  ])('should change with %s', (_change, changed) => {
    expect(contentHashOf(changed)).not.toBe(contentHashOf(text));
  });
});

describe(normaliseDocument.name, () => {
  it('should remove the BOM, use LF, and drop trailing spaces and blank lines', () => {
    expect(normaliseDocument('\uFEFFa  \r\nb\rc\t\n\n')).toBe('a\nb\nc');
  });
});

describe(normaliseInline.name, () => {
  it('should trim, collapse whitespace and drop a dangling bullet marker', () => {
    expect(normaliseInline('  Award \t credit\u00a0 for units. • ')).toBe('Award credit for units.');
  });

  it('should keep a dash that is part of the text', () => {
    expect(normaliseInline('Break-even = fixed costs ÷ (price − variable cost)')).toBe(
      'Break-even = fixed costs ÷ (price − variable cost)',
    );
  });
});
