import { GradingErrorCode } from '../exceptions/grading.error';
import type { SingleChoiceContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeSingleChoice } from './single-choice.grader';

const content: SingleChoiceContent = {
  type: 'SINGLE_CHOICE',
  stem: 'Which statement shows assets and liabilities at a date?',
  options: [
    { id: 'a', text: 'Income statement' },
    { id: 'b', text: 'Statement of financial position' },
    { id: 'c', text: 'Cash flow forecast' },
  ],
  correctOptionId: 'b',
};

describe(gradeSingleChoice.name, () => {
  it('should give full marks for the key', () => {
    expect(gradeSingleChoice(content, { type: 'SINGLE_CHOICE', optionId: 'b' }, { maxScore: 2 })).toEqual({
      score: 2,
      maxScore: 2,
      status: 'GRADED',
      correct: true,
      detail: 'key chosen',
    });
  });

  it('should give 0 for another option or an unknown id', () => {
    for (const optionId of ['a', 'zzz']) {
      const sut = gradeSingleChoice(content, { type: 'SINGLE_CHOICE', optionId }, { maxScore: 2 });
      expect([sut.score, sut.correct]).toEqual([0, false]);
    }
  });

  it('should throw INVALID_CONTENT when the key is not an option', () => {
    const broken = { ...content, correctOptionId: 'd' };
    const error = captureGradingError(() =>
      gradeSingleChoice(broken, { type: 'SINGLE_CHOICE', optionId: 'd' }, { maxScore: 1 }),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
