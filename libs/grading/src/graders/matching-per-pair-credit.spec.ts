import { GradingErrorCode } from '../exceptions/grading.error';
import type { MatchingContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeMatching } from './matching.grader';

const content: MatchingContent = {
  type: 'MATCHING',
  stem: 'Match each ratio to what it measures.',
  pairs: [
    { id: 'p1', prompt: 'Current ratio', answer: 'Liquidity' },
    { id: 'p2', prompt: 'Gross profit margin', answer: 'Profitability' },
    { id: 'p3', prompt: 'Gearing', answer: 'Long-term solvency' },
  ],
  distractors: ['Market share'],
};

function grade(matches: Record<string, string>, maxScore = 3) {
  return gradeMatching(content, { type: 'MATCHING', matches }, { maxScore });
}

describe(gradeMatching.name, () => {
  it('should give full marks when every prompt has its answer', () => {
    const sut = grade({ p1: 'Liquidity', p2: 'Profitability', p3: 'Long-term solvency' });
    expect([sut.score, sut.correct, sut.detail]).toEqual([3, true, '3 of 3 pairs matched']);
  });

  it('should credit each pair on its own', () => {
    expect(grade({ p1: 'Liquidity', p2: 'Market share', p3: 'Profitability' }).score).toBe(1);
    expect(grade({ p1: 'Liquidity', p2: 'Profitability' }).score).toBe(2);
    expect(grade({ p1: 'Liquidity' }, 2).score).toBe(0.67); // 1 ÷ 3 of 2 marks
  });

  it('should compare answers exactly and ignore unknown prompts', () => {
    expect(grade({ p1: 'liquidity', p9: 'Liquidity' }).score).toBe(0);
  });

  it('should throw INVALID_CONTENT without pairs', () => {
    const error = captureGradingError(() =>
      gradeMatching({ ...content, pairs: [] }, { type: 'MATCHING', matches: {} }, { maxScore: 1 }),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
