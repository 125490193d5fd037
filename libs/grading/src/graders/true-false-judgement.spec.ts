import { gradeTrueFalse } from './true-false.grader';

describe(gradeTrueFalse.name, () => {
  const content = { type: 'TRUE_FALSE', stem: 'Depreciation is a cash outflow.', correct: false } as const;

  it('should give full marks when the judgement matches', () => {
    const sut = gradeTrueFalse(content, { type: 'TRUE_FALSE', value: false }, { maxScore: 1 });
    expect([sut.score, sut.correct, sut.status]).toEqual([1, true, 'GRADED']);
  });

  it('should give 0 when the judgement is wrong', () => {
    const sut = gradeTrueFalse(content, { type: 'TRUE_FALSE', value: true }, { maxScore: 1 });
    expect([sut.score, sut.correct]).toEqual([0, false]);
  });
});
