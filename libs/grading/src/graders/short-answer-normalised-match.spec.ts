import { GradingErrorCode } from '../exceptions/grading.error';
import type { ShortAnswerContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeShortAnswer } from './short-answer.grader';

const content: ShortAnswerContent = {
  type: 'SHORT_ANSWER',
  stem: 'Which financial statement shows revenue and expenses for a period?',
  acceptedAnswers: ['Income statement', 'Profit and loss account'],
};

function grade(text: string) {
  return gradeShortAnswer(content, { type: 'SHORT_ANSWER', text }, { maxScore: 1 });
}

describe(gradeShortAnswer.name, () => {
  it.each([
    'income statement',
    'The Income Statement.',
    '  PROFIT & LOSS   account',
    'profit-and-loss account',
  ])('should give full marks for %p', (text) => {
    expect(grade(text).score).toBe(1);
  });

  it.each(['income', 'statement of income', 'balance sheet', 'P & L account', ''])(
    'should give 0 for %p',
    (text) => {
      expect([grade(text).score, grade(text).correct]).toEqual([0, false]);
    },
  );

  it('should name the accepted answer it matched', () => {
    expect(grade('profit & loss account').detail).toBe('matched "Profit and loss account"');
  });

  it('should throw INVALID_CONTENT when no accepted answer survives normalisation', () => {
    const error = captureGradingError(() =>
      gradeShortAnswer(
        { ...content, acceptedAnswers: ['  ', '?'] },
        { type: 'SHORT_ANSWER', text: '?' },
        { maxScore: 1 },
      ),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
