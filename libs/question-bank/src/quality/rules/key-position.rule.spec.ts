import { makeItem, singleChoiceContent } from '../testing/make-item';
import { keyPositionRule } from './key-position.rule';

const keyAt = (id: string) => makeItem(singleChoiceContent({ correctOptionId: id }));

describe(keyPositionRule.name, () => {
  const sut = keyPositionRule;

  it('should warn when one position holds more than half of the keys', () => {
    const items = ['a', 'a', 'b', 'a', 'c', 'a', 'd', 'a'].map(keyAt);
    expect(sut(items)).toEqual([
      {
        rule: 'key-position',
        severity: 'WARNING',
        itemIndex: null,
        message:
          'option 1 is the key in 5 of 8 single-choice items (63%); keys by position: 1: 5, 2: 1, 3: 1, 4: 1',
      },
    ]);
  });

  it('should not warn at exactly half', () => {
    expect(sut(['a', 'a', 'a', 'a', 'b', 'c', 'd', 'b'].map(keyAt))).toEqual([]);
  });

  it('should not warn with fewer than 8 single-choice items', () => {
    expect(sut(['a', 'a', 'a', 'a', 'a', 'a', 'a'].map(keyAt))).toEqual([]);
  });

  it('should not count items whose key is not an option', () => {
    expect(sut(['a', 'a', 'a', 'a', 'a', 'a', 'a', 'z'].map(keyAt))).toEqual([]);
  });
});
