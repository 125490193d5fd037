import { makeItem, singleChoiceContent, trueFalseContent } from '../testing/make-item';
import { keyLongestRule } from './key-longest.rule';

// In the factory's options "b" is strictly the longest, "a" is not.
const longestKey = () => makeItem(singleChoiceContent({ correctOptionId: 'b' }));
const shorterKey = () => makeItem(singleChoiceContent({ correctOptionId: 'a' }));

describe(keyLongestRule.name, () => {
  const sut = keyLongestRule;

  it('should warn once for the bank when the key is longest in more than half the items', () => {
    const items = [longestKey(), makeItem(trueFalseContent()), longestKey(), shorterKey(), longestKey()];
    expect(sut(items)).toEqual([
      {
        rule: 'key-longest',
        severity: 'WARNING',
        itemIndex: null,
        message: 'the key is the longest option in 3 of 4 single-choice items (75%): items 1, 3, 5',
      },
    ]);
  });

  it('should not warn at exactly half', () => {
    expect(sut([longestKey(), longestKey(), shorterKey(), shorterKey()])).toEqual([]);
  });

  it('should not warn with fewer than 4 single-choice items', () => {
    expect(sut([longestKey(), longestKey(), longestKey()])).toEqual([]);
  });

  it('should not count a key that ties for longest', () => {
    const tied = () => {
      const content = singleChoiceContent({ correctOptionId: 'b' });
      // "A customer satisfaction survey" has 30 characters, as the key "b" does.
      content.options[0] = { id: 'a', text: 'A customer satisfaction poll!!' };
      return makeItem(content);
    };
    expect(sut([tied(), tied(), tied(), tied()])).toEqual([]);
  });
});
