import { GradingErrorCode } from '../exceptions/grading.error';
import type { ExtendedResponseContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeExtendedResponse, markExtendedResponse } from './extended-response.grader';

// 8 rubric marks in all, scaled to the item's max score.
const content: ExtendedResponseContent = {
  type: 'EXTENDED_RESPONSE',
  stem: 'Evaluate whether the business should lease or buy its delivery vans.',
  rubric: [
    { id: 'knowledge', description: 'Defines leasing and buying', marks: 2 },
    { id: 'analysis', description: 'Compares cash flow effects', marks: 3 },
    { id: 'evaluation', description: 'Reaches a justified decision', marks: 3 },
  ],
  guidance: 'A full-mark answer weighs cash flow against ownership and decides.',
};

describe(gradeExtendedResponse.name, () => {
  it('should leave the item pending a marker', () => {
    const sut = gradeExtendedResponse(
      content,
      { type: 'EXTENDED_RESPONSE', text: 'Lease, because…' },
      { maxScore: 10 },
    );
    expect(sut).toEqual({
      score: 0,
      maxScore: 10,
      status: 'PENDING_MANUAL',
      correct: null,
      detail: 'awaiting a marker',
    });
  });
});

describe(markExtendedResponse.name, () => {
  it('should scale awarded rubric marks to the max score', () => {
    // 2 + 2 + 1.5 = 5.5 of 8 marks; 5.5 ÷ 8 × 10 = 6.875 → 6.88.
    const sut = markExtendedResponse(content, { knowledge: 2, analysis: 2, evaluation: 1.5 }, 10);
    expect(sut).toEqual({
      score: 6.88,
      maxScore: 10,
      status: 'GRADED',
      correct: false,
      detail: '5.5 of 8 rubric marks',
    });
  });

  it('should give full marks and correct for every mark awarded', () => {
    const sut = markExtendedResponse(content, { knowledge: 2, analysis: 3, evaluation: 3 }, 5);
    expect([sut.score, sut.correct]).toEqual([5, true]);
  });

  it('should accept explicit zero awards', () => {
    expect(markExtendedResponse(content, { knowledge: 0, analysis: 0, evaluation: 0 }, 5).score).toBe(0);
  });

  it('should throw INVALID_AWARD listing every bad award', () => {
    const error = captureGradingError(() =>
      markExtendedResponse(content, { knowledge: 3, analysis: -1, style: 1 }, 10),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_AWARD);
    expect(error.details).toEqual([
      { field: 'style', message: 'is not a rubric criterion' },
      { field: 'knowledge', message: 'award must be between 0 and 2' },
      { field: 'analysis', message: 'award must be between 0 and 3' },
      { field: 'evaluation', message: 'has no award' },
    ]);
  });

  it('should throw INVALID_AWARD for a non-finite award', () => {
    const error = captureGradingError(() =>
      markExtendedResponse(content, { knowledge: Number.NaN, analysis: 1, evaluation: 1 }, 10),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_AWARD);
  });

  it('should throw INVALID_CONTENT for a rubric without marks', () => {
    const empty = { ...content, rubric: [{ id: 'x', description: 'Nothing', marks: 0 }] };
    const error = captureGradingError(() => markExtendedResponse(empty, { x: 0 }, 10));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
