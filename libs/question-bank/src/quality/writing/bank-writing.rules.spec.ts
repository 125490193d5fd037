import {
  makeItem,
  multipleResponseContent,
  singleChoiceContent,
  trueFalseContent,
} from '../testing/make-item';
import { mirrorPairRule, predictableKeysRule, recycledTextRule, stemClueRule } from './bank-writing.rules';

describe(mirrorPairRule.name, () => {
  it('should flag a statement and its mirror keyed the other way', () => {
    const items = [
      makeItem(trueFalseContent({ stem: 'A risk and an issue mean the same thing.', correct: false })),
      makeItem(trueFalseContent({ stem: 'A risk is not the same as an issue.', correct: true })),
    ];
    expect(mirrorPairRule(items)).toMatchObject([{ rule: 'mirror-pair', itemIndex: 1 }]);
  });

  it('should pass two different statements', () => {
    const items = [
      makeItem(trueFalseContent()),
      makeItem(trueFalseContent({ stem: 'Mitochondria are the site of aerobic respiration.' })),
    ];
    expect(mirrorPairRule(items)).toEqual([]);
  });
});

describe(recycledTextRule.name, () => {
  const claim = 'Correlation between two sales trends does not prove that one causes the other.';

  it('should flag one statement used in two items', () => {
    const first = multipleResponseContent();
    first.options[0] = { id: 'a', text: claim };
    const second = singleChoiceContent();
    second.options[1] = { id: 'b', text: claim };
    expect(recycledTextRule([makeItem(first), makeItem(second)])).toMatchObject([
      { rule: 'recycled-text', severity: 'ERROR', itemIndex: 1 },
    ]);
  });

  it('should allow a short term in a few items', () => {
    const items = [1, 2, 3].map((n) => makeItem(singleChoiceContent({ stem: `Question ${n}?` })));
    expect(recycledTextRule(items)).toEqual([]);
  });
});

describe(predictableKeysRule.name, () => {
  it('should warn when every multiple-response item has the same number of keys', () => {
    const items = [1, 2, 3].map((n) => makeItem(multipleResponseContent({ stem: `Which of these ${n}?` })));
    expect(predictableKeysRule(items).map((finding) => finding.message)).toContain(
      'every multiple-response item has 3 keys',
    );
  });

  it('should pass varied key counts', () => {
    const items = [
      makeItem(multipleResponseContent()),
      makeItem(multipleResponseContent({ stem: 'Two keys?', correctOptionIds: ['a', 'c'] })),
      makeItem(multipleResponseContent({ stem: 'Four keys?', correctOptionIds: ['a', 'b', 'c', 'e'] })),
    ];
    expect(predictableKeysRule(items)).toEqual([]);
  });
});

describe(stemClueRule.name, () => {
  it('should flag a key that repeats the stem when no distractor does', () => {
    const item = makeItem(
      singleChoiceContent({ stem: 'Which agreement sets out the service level to expect?' }),
    );
    expect(stemClueRule([item])).toMatchObject([{ rule: 'stem-clue', severity: 'ERROR' }]);
  });

  it('should pass a key that shares nothing with the stem', () => {
    const item = makeItem(
      singleChoiceContent({ stem: 'Which organelle is the site of aerobic respiration?' }),
    );
    expect(stemClueRule([item])).toEqual([]);
  });
});
