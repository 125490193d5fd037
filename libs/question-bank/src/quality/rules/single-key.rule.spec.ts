import { makeItem, multipleResponseContent, oneOfEachType, singleChoiceContent } from '../testing/make-item';
import { singleKeyRule } from './single-key.rule';

describe(singleKeyRule.name, () => {
  const sut = singleKeyRule;
  const messagesOf = (content: Parameters<typeof makeItem>[0]) =>
    sut([makeItem(content)]).map((finding) => finding.message);

  it('should flag a single-choice key that is not an option', () => {
    expect(sut([makeItem(singleChoiceContent({ correctOptionId: 'z' }))])).toEqual([
      {
        rule: 'single-key',
        severity: 'ERROR',
        itemIndex: 0,
        message: 'the key "z" is not one of the options',
      },
    ]);
  });

  it('should flag repeated option ids and fewer than 3 options', () => {
    const options = [
      { id: 'a', text: 'A service level agreement' },
      { id: 'a', text: 'A mission statement' },
    ];
    expect(messagesOf(singleChoiceContent({ options }))).toEqual([
      'option ids used twice: "a"',
      'has 2 options; needs at least 3',
    ]);
  });

  it('should accept a single-choice item with exactly 3 options', () => {
    const content = singleChoiceContent();
    content.options.pop();
    expect(messagesOf(content)).toEqual([]);
  });

  it('should flag a multiple-response item without keys', () => {
    expect(messagesOf(multipleResponseContent({ correctOptionIds: [] }))).toEqual(['has no key']);
  });

  it('should flag multiple-response keys that are not options or are listed twice', () => {
    expect(messagesOf(multipleResponseContent({ correctOptionIds: ['a', 'x', 'a'] }))).toEqual([
      'keys that are not options: "x"',
      'keys listed twice: "a"',
    ]);
  });

  it('should flag a multiple-response item whose every option is a key', () => {
    expect(messagesOf(multipleResponseContent({ correctOptionIds: ['a', 'b', 'c', 'd', 'e'] }))).toEqual([
      'every option is a key',
    ]);
  });

  it('should flag a multiple-response item with fewer than 4 options', () => {
    const content = multipleResponseContent({ correctOptionIds: ['a'] });
    content.options = content.options.slice(0, 3);
    expect(messagesOf(content)).toEqual(['has 3 options; needs at least 4']);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
