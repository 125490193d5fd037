import { markingPointFocus } from '../../facts/extract-actions';
import type { MarkingPointFacts } from '../../facts/fact-types';
import { instructionFor } from './instruction';

const point = (text: string): MarkingPointFacts => ({
  key: 'mp-0000000000',
  text,
  line: 1,
  endLine: 1,
  actions: [],
  focus: markingPointFocus(text),
  related: [],
  loose: [],
});

describe(instructionFor.name, () => {
  const sut = (text: string) => instructionFor(point(text));

  it.each([
    [
      'Award credit for accurately identifying business market types (B2B, B2C, internal) and explaining their impact on customer service approaches.',
      'Identify business market types (B2B, B2C, internal) and explain their impact on customer service approaches',
    ],
    [
      'Evidence must include a clear description of how obtained information informs customer service improvements.',
      'Describe how obtained information informs customer service improvements',
    ],
    [
      'Assessor looks for application of innovation models (e.g., incremental, disruptive) to real customer service scenarios.',
      'Apply innovation models (e.g., incremental, disruptive) to real customer service scenarios',
    ],
    [
      'Marks should reflect the ability to link analysed data to actionable service enhancements.',
      'Link analysed data to actionable service enhancements',
    ],
    [
      'Evidence must include a budget that reflects realistic income/expenditure.',
      'Produce a budget that reflects realistic income/expenditure',
    ],
    [
      'Credit for a recommendation that is justified by the learner’s own calculated figures.',
      'Give a recommendation that is justified by your own calculated figures',
    ],
    [
      'Credit for a clear distinction between a hazard and a risk, supported by a workplace example.',
      'Distinguish between a hazard and a risk, supported by a workplace example',
    ],
    [
      'Award marks for calculating a variance as actual − budget and correctly labelling it favourable or adverse.',
      'Calculate a variance as actual − budget and correctly label it favourable or adverse',
    ],
  ])('should turn "%s" into an instruction', (text, instruction) => {
    expect(sut(text)).toBe(instruction);
  });
});
