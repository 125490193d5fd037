import { makeItem, oneOfEachType, trueFalseContent } from '../testing/make-item';
import { trueFalseRule } from './true-false.rule';

describe(trueFalseRule.name, () => {
  const sut = trueFalseRule;

  it('should warn about a statement without a full stop', () => {
    expect(sut([makeItem(trueFalseContent({ stem: 'An SLA is a contract' }))])).toEqual([
      {
        rule: 'true-false',
        severity: 'WARNING',
        itemIndex: 0,
        message: 'the statement does not end with a full stop',
      },
    ]);
  });

  it('should warn about a stem phrased as a question', () => {
    const item = makeItem(trueFalseContent({ stem: 'Is an SLA a contract?' }));
    expect(sut([item]).map((finding) => finding.message)).toEqual([
      'the statement does not end with a full stop',
      'the statement starts with a question word ("is")',
    ]);
  });

  it('should warn about a question word even with a full stop', () => {
    const item = makeItem(trueFalseContent({ stem: 'Why customers complain is always about price.' }));
    expect(sut([item]).map((finding) => finding.message)).toEqual([
      'the statement starts with a question word ("why")',
    ]);
  });

  it('should not warn about a statement that merely contains a question word', () => {
    expect(sut([makeItem(trueFalseContent({ stem: 'Isolation is how some complaints escalate.' }))])).toEqual(
      [],
    );
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
