import { makeItem, matchingContent, oneOfEachType } from '../testing/make-item';
import { matchingRule } from './matching.rule';

describe(matchingRule.name, () => {
  const sut = matchingRule;
  const messagesOf = (content: ReturnType<typeof matchingContent>) =>
    sut([makeItem(content)]).map((finding) => finding.message);

  it('should flag fewer than 3 pairs', () => {
    const content = matchingContent();
    content.pairs.pop();
    expect(sut([makeItem(content)])).toEqual([
      { rule: 'matching', severity: 'ERROR', itemIndex: 0, message: 'has 2 pairs; needs at least 3' },
    ]);
  });

  it('should flag prompts and answers that are not unique', () => {
    const content = matchingContent();
    content.pairs[2] = { id: 'p3', prompt: 'B2B ', answer: 'consumers' };
    expect(messagesOf(content)).toEqual([
      'prompts are not unique: "b2b"',
      'answers are not unique: "consumers"',
    ]);
  });

  it('should flag repeated pair ids', () => {
    const content = matchingContent();
    content.pairs[2] = { ...content.pairs[2], id: 'p1' };
    expect(messagesOf(content)).toEqual(['pair ids used twice: "p1"']);
  });

  it('should flag a distractor that is also an answer', () => {
    expect(messagesOf(matchingContent({ distractors: ['Shareholders', 'consumers.'] }))).toEqual([
      'distractors that are also answers: "consumers."',
    ]);
  });

  it('should accept a matching item without distractors', () => {
    expect(messagesOf(matchingContent({ distractors: [] }))).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
