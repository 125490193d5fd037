import { GradingErrorCode } from '../exceptions/grading.error';
import type { MultipleResponseContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeMultipleResponse } from './multiple-response.grader';

// Three keys (a, b, c) among five options; each key is worth one third of the credit and each
// wrong selection takes one third away.
const content: MultipleResponseContent = {
  type: 'MULTIPLE_RESPONSE',
  stem: 'Which are current assets?',
  options: [
    { id: 'a', text: 'Inventory' },
    { id: 'b', text: 'Trade receivables' },
    { id: 'c', text: 'Cash' },
    { id: 'd', text: 'Machinery' },
    { id: 'e', text: 'Bank loan' },
  ],
  correctOptionIds: ['a', 'b', 'c'],
};

function grade(optionIds: string[], maxScore = 3) {
  return gradeMultipleResponse(content, { type: 'MULTIPLE_RESPONSE', optionIds }, { maxScore });
}

describe(gradeMultipleResponse.name, () => {
  it.each<[string[], number, number]>([
    [['a', 'b', 'c'], 3, 3],
    [['a', 'b'], 3, 2],
    [['a', 'b', 'd'], 3, 1], // (2 − 1) ÷ 3
    [['a', 'd', 'e'], 3, 0], // (1 − 2) ÷ 3, floored at 0
    [['a', 'b', 'c', 'd', 'e'], 3, 1], // (3 − 2) ÷ 3: selecting everything is not full marks
    [['a'], 1, 0.33], // 1 ÷ 3 of 1 mark, rounded
    [['a', 'b'], 1, 0.67], // 2 ÷ 3 of 1 mark, rounded half away
    [['a', 'b', 'c', 'd'], 2, 1.33], // (3 − 1) ÷ 3 × 2
    [[], 3, 0],
  ])('should score %j out of %p as %p', (optionIds, maxScore, expected) => {
    expect(grade(optionIds, maxScore).score).toBe(expected);
  });

  it('should mark only the exact key set as correct', () => {
    expect(grade(['c', 'b', 'a']).correct).toBe(true);
    expect(grade(['a', 'b']).correct).toBe(false);
    expect(grade(['a', 'b', 'c', 'd']).correct).toBe(false);
  });

  it('should count a repeated id once and an unknown id as incorrect', () => {
    expect(grade(['a', 'a', 'a']).score).toBe(1);
    expect(grade(['a', 'b', 'c', 'x']).score).toBe(2);
  });

  it('should explain the count in the detail', () => {
    expect(grade(['a', 'b', 'd']).detail).toBe('2 of 3 keys selected, 1 incorrect');
  });

  it('should throw INVALID_CONTENT without keys or with a key that is not an option', () => {
    const noKeys = { ...content, correctOptionIds: [] };
    const strayKey = { ...content, correctOptionIds: ['a', 'z'] };
    for (const broken of [noKeys, strayKey]) {
      const error = captureGradingError(() =>
        gradeMultipleResponse(broken, { type: 'MULTIPLE_RESPONSE', optionIds: ['a'] }, { maxScore: 1 }),
      );
      expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
    }
  });
});
