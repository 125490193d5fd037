import { contentStems, sharesStem, stem, words } from './tokens';

describe(stem.name, () => {
  const sut = stem;

  it('should give inflected forms of a word the same stem', () => {
    expect(sut('analysed')).toBe(sut('analyses'));
    expect(sut('complaints')).toBe(sut('complaint'));
    expect(sut('customers')).toBe(sut('customer'));
    expect(sut('policies')).toBe(sut('policy'));
  });

  it('should keep words apart that only share a prefix', () => {
    expect(sut('complaint')).not.toBe(sut('complementary'));
  });
});

describe(contentStems.name, () => {
  const sut = contentStems;

  it('should drop stopwords and examiner wording', () => {
    expect(sut('Award credit for accurately identifying the types')).toEqual([
      stem('identifying'),
      stem('types'),
    ]);
  });

  it('should list each stem once in order', () => {
    expect(sut('data and more data')).toEqual(['data']);
  });
});

describe(words.name, () => {
  it('should split on anything that is not a letter or digit', () => {
    expect(words('B2B, B2C (internal)')).toEqual(['b2b', 'b2c', 'internal']);
  });
});

describe(sharesStem.name, () => {
  it('should find the shared word in "Thank" and "Say thanks"', () => {
    expect(sharesStem('Thank', 'Say thanks')).toBe(true);
    expect(sharesStem('Listen', 'Resolve')).toBe(false);
  });
});
