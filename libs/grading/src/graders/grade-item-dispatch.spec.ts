import { GradingErrorCode } from '../exceptions/grading.error';
import type { ItemContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { gradeItem } from './grade-item';

const singleChoice: ItemContent = {
  type: 'SINGLE_CHOICE',
  stem: 'Pick b',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  correctOptionId: 'b',
};
const extended: ItemContent = {
  type: 'EXTENDED_RESPONSE',
  stem: 'Discuss',
  rubric: [{ id: 'r1', description: 'Point', marks: 4 }],
  guidance: 'Any point',
};

describe(gradeItem.name, () => {
  it('should route each item type to its grader', () => {
    const trueFalse: ItemContent = { type: 'TRUE_FALSE', stem: 'Cash is an asset.', correct: true };
    const ordering: ItemContent = {
      type: 'ORDERING',
      stem: 'Order',
      steps: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
    };
    expect(gradeItem(singleChoice, 2, { type: 'SINGLE_CHOICE', optionId: 'b' }).score).toBe(2);
    expect(gradeItem(trueFalse, 1.5, { type: 'TRUE_FALSE', value: true }).score).toBe(1.5);
    expect(gradeItem(ordering, 1, { type: 'ORDERING', stepIds: ['y', 'x'] }).score).toBe(0);
    expect(gradeItem(extended, 4, { type: 'EXTENDED_RESPONSE', text: 'Essay' }).status).toBe(
      'PENDING_MANUAL',
    );
  });

  it('should pass the attempt parameters to the numeric grader', () => {
    const parameters = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };
    expect(gradeItem(makeNumericContent(), 3, { type: 'NUMERIC', value: 5091 }, { parameters }).score).toBe(
      3,
    );
  });

  it('should score no response as 0 and graded', () => {
    expect(gradeItem(singleChoice, 2, null)).toEqual({
      score: 0,
      maxScore: 2,
      status: 'GRADED',
      correct: false,
      detail: 'no response',
    });
    // Without a response a numeric item needs no parameters.
    expect(gradeItem(makeNumericContent(), 2, null).score).toBe(0);
  });

  it('should leave an unanswered extended response pending a marker', () => {
    expect(gradeItem(extended, 4, null)).toEqual({
      score: 0,
      maxScore: 4,
      status: 'PENDING_MANUAL',
      correct: null,
      detail: 'awaiting a marker',
    });
  });

  it('should throw INVALID_ARGUMENT for a response of another type', () => {
    const error = captureGradingError(() => gradeItem(singleChoice, 1, { type: 'TRUE_FALSE', value: true }));
    expect(error.code).toBe(GradingErrorCode.INVALID_ARGUMENT);
    expect(error.message).toBe('A SINGLE_CHOICE item cannot be graded with a TRUE_FALSE response');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 1.005])(
    'should throw INVALID_ARGUMENT for maxScore %p',
    (maxScore) => {
      const error = captureGradingError(() =>
        gradeItem(singleChoice, maxScore, { type: 'SINGLE_CHOICE', optionId: 'b' }),
      );
      expect(error.code).toBe(GradingErrorCode.INVALID_ARGUMENT);
    },
  );

  it('should allow a zero max score', () => {
    const sut = gradeItem(singleChoice, 0, { type: 'SINGLE_CHOICE', optionId: 'b' });
    expect([sut.score, sut.correct]).toEqual([0, true]);
  });
});
