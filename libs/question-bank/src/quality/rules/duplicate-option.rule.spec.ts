import {
  makeItem,
  matchingContent,
  oneOfEachType,
  orderingContent,
  shortAnswerContent,
  singleChoiceContent,
} from '../testing/make-item';
import { duplicateOptionRule } from './duplicate-option.rule';

describe(duplicateOptionRule.name, () => {
  const sut = duplicateOptionRule;

  it('should flag choice options that are equal once normalised', () => {
    const content = singleChoiceContent();
    content.options[3] = { id: 'd', text: 'a service  level agreement.' };
    expect(sut([makeItem(content)])).toEqual([
      {
        rule: 'duplicate-option',
        severity: 'ERROR',
        itemIndex: 0,
        message: 'repeated options: "a service level agreement"',
      },
    ]);
  });

  it('should flag repeated ordering steps', () => {
    const content = orderingContent();
    content.steps[3] = { id: 's4', text: 'Plan' };
    expect(sut([makeItem(content)]).map((finding) => finding.message)).toEqual(['repeated steps: "plan"']);
  });

  it('should flag repeated matching prompts, answers and distractors separately', () => {
    const content = matchingContent({ distractors: ['Shareholders', 'shareholders'] });
    content.pairs[1] = { id: 'p2', prompt: 'b2b', answer: 'Other businesses' };
    expect(sut([makeItem(content)]).map((finding) => finding.message)).toEqual([
      'repeated prompts: "b2b"',
      'repeated answers: "other businesses"',
      'repeated distractors: "shareholders"',
    ]);
  });

  it('should flag an accepted answer repeated verbatim', () => {
    const content = shortAnswerContent({ acceptedAnswers: ['SLA', 'service level agreement', ' SLA '] });
    expect(sut([makeItem(content)]).map((finding) => finding.message)).toEqual([
      'repeated accepted answers: "SLA"',
    ]);
  });

  it('should accept accepted answers that differ only by case', () => {
    const content = shortAnswerContent({ acceptedAnswers: ['SLA', 'sla', 'Service Level Agreement'] });
    expect(sut([makeItem(content)])).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
