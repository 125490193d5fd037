import { makeItem, oneOfEachType, trueFalseContent } from '../testing/make-item';
import { feedbackRule } from './feedback.rule';

describe(feedbackRule.name, () => {
  const sut = feedbackRule;

  it('should warn about empty or blank feedback', () => {
    const item = makeItem(trueFalseContent(), { feedback: { correct: '', incorrect: '  ' } });
    expect(sut([item])).toEqual([
      { rule: 'feedback', severity: 'WARNING', itemIndex: 0, message: 'feedback.correct is empty' },
      { rule: 'feedback', severity: 'WARNING', itemIndex: 0, message: 'feedback.incorrect is empty' },
    ]);
  });

  it('should warn about one missing side only', () => {
    const item = makeItem(trueFalseContent(), { feedback: { correct: 'Yes.', incorrect: '' } });
    expect(sut([item]).map((finding) => finding.message)).toEqual(['feedback.incorrect is empty']);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
