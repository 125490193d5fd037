import { makeItem, shortAnswerContent, singleChoiceContent, trueFalseContent } from '../testing/make-item';
import { duplicateStemRule } from './duplicate-stem.rule';

describe(duplicateStemRule.name, () => {
  const sut = duplicateStemRule;

  it('should flag a later item whose stem differs only by case, spacing and trailing punctuation', () => {
    const items = [
      makeItem(singleChoiceContent({ stem: 'What is an SLA?' })),
      makeItem(trueFalseContent()),
      makeItem(singleChoiceContent({ stem: '  what is  an sla ' })),
    ];
    expect(sut(items)).toEqual([
      {
        rule: 'duplicate-stem',
        severity: 'ERROR',
        itemIndex: 2,
        message: 'same SINGLE_CHOICE stem as item 1: "what is  an sla"',
      },
    ]);
  });

  it('should flag every repeat against the first occurrence', () => {
    const items = [1, 2, 3].map(() => makeItem(singleChoiceContent()));
    expect(sut(items).map((finding) => [finding.itemIndex, finding.message.slice(0, 34)])).toEqual([
      [1, 'same SINGLE_CHOICE stem as item 1:'],
      [2, 'same SINGLE_CHOICE stem as item 1:'],
    ]);
  });

  it('should not flag the same stem under a different type', () => {
    const stem = 'What does SLA stand for?';
    const items = [makeItem(singleChoiceContent({ stem })), makeItem(shortAnswerContent({ stem }))];
    expect(sut(items)).toEqual([]);
  });

  it('should not flag different stems of the same type', () => {
    const items = [
      makeItem(singleChoiceContent({ stem: 'What is an SLA?' })),
      makeItem(singleChoiceContent({ stem: 'What is a KPI?' })),
    ];
    expect(sut(items)).toEqual([]);
  });
});
