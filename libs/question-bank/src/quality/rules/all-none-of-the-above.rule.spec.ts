import {
  makeItem,
  matchingContent,
  oneOfEachType,
  orderingContent,
  singleChoiceContent,
} from '../testing/make-item';
import { allNoneOfTheAboveRule } from './all-none-of-the-above.rule';

describe(allNoneOfTheAboveRule.name, () => {
  const sut = allNoneOfTheAboveRule;

  it.each(['All of the above', 'None of these', 'Both of the options', 'neither of the above.'])(
    'should flag the option "%s"',
    (text) => {
      const content = singleChoiceContent();
      content.options[3] = { id: 'd', text };
      expect(sut([makeItem(content)])).toEqual([
        {
          rule: 'all-none-of-the-above',
          severity: 'ERROR',
          itemIndex: 0,
          message: `options include "${text}"`,
        },
      ]);
    },
  );

  it('should flag ordering steps and matching distractors', () => {
    const ordering = orderingContent();
    ordering.steps[3] = { id: 's4', text: 'None of the above' };
    const matching = matchingContent({ distractors: ['All of these'] });
    expect(sut([makeItem(ordering), makeItem(matching)]).map((f) => [f.itemIndex, f.message])).toEqual([
      [0, 'steps include "None of the above"'],
      [1, 'distractors include "All of these"'],
    ]);
  });

  it('should not flag text that only contains the words', () => {
    const content = singleChoiceContent();
    content.options[3] = { id: 'd', text: 'Call all of the customers above a threshold' };
    expect(sut([makeItem(content)])).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
