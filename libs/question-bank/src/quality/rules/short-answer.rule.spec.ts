import { makeItem, oneOfEachType, shortAnswerContent } from '../testing/make-item';
import { shortAnswerRule } from './short-answer.rule';

describe(shortAnswerRule.name, () => {
  const sut = shortAnswerRule;

  it('should flag an item without accepted answers', () => {
    expect(sut([makeItem(shortAnswerContent({ acceptedAnswers: [] }))])).toEqual([
      { rule: 'short-answer', severity: 'ERROR', itemIndex: 0, message: 'has no accepted answer' },
    ]);
  });

  it('should flag answers that are empty or only punctuation', () => {
    const content = shortAnswerContent({ acceptedAnswers: ['SLA', '', '   ', '—'] });
    expect(sut([makeItem(content)]).map((finding) => finding.message)).toEqual([
      '3 accepted answer(s) are empty',
    ]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
