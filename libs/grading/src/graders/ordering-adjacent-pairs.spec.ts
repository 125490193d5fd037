import { GradingErrorCode } from '../exceptions/grading.error';
import type { OrderingContent } from '../items/item-content';
import { captureGradingError } from '../testing/capture-grading-error';
import { gradeOrdering } from './ordering.grader';

// Five steps give four adjacent pairs: a→b, b→c, c→d, d→e, each worth a quarter.
const content: OrderingContent = {
  type: 'ORDERING',
  stem: 'Put the stages of the accounting cycle in order.',
  steps: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Step ${id}` })),
};

function grade(stepIds: string[], maxScore = 4) {
  return gradeOrdering(content, { type: 'ORDERING', stepIds }, { maxScore });
}

describe(gradeOrdering.name, () => {
  it.each<[string, string[], number]>([
    ['the correct order', ['a', 'b', 'c', 'd', 'e'], 4],
    ['the reversed order', ['e', 'd', 'c', 'b', 'a'], 0],
    ['the first step moved to the end', ['b', 'c', 'd', 'e', 'a'], 3], // only a→b broken
    ['one middle step moved to the front', ['c', 'a', 'b', 'd', 'e'], 3], // only b→c broken
    ['two adjacent steps swapped', ['a', 'c', 'b', 'd', 'e'], 3], // only b→c broken
    ['two swaps', ['b', 'a', 'd', 'c', 'e'], 2], // a→b and c→d broken
    ['the halves swapped', ['d', 'e', 'a', 'b', 'c'], 3], // only c→d broken
    ['a missing step', ['a', 'b', 'd', 'e'], 2], // b→c and c→d cannot hold
  ])('should score %s as %p of 4', (_, stepIds, expected) => {
    expect(grade(stepIds).score).toBe(expected);
  });

  it('should round the share of pairs to 2 decimals', () => {
    // 2 of 4 pairs of 1 mark = 0.5; 3 of 4 pairs of 1 mark = 0.75; 1 of 3 pairs of 1 mark = 0.33.
    expect(grade(['b', 'a', 'd', 'c', 'e'], 1).score).toBe(0.5);
    expect(grade(['b', 'c', 'd', 'e', 'a'], 1).score).toBe(0.75);
    const fourSteps = { ...content, steps: content.steps.slice(0, 4) };
    expect(
      gradeOrdering(fourSteps, { type: 'ORDERING', stepIds: ['d', 'c', 'a', 'b'] }, { maxScore: 1 }).score,
    ).toBe(0.33);
  });

  it('should use only the first position of a repeated step and ignore unknown ids', () => {
    expect(grade(['a', 'x', 'b', 'c', 'd', 'e', 'a']).score).toBe(4);
    expect(grade(['b', 'a', 'b', 'c', 'd', 'e']).score).toBe(3);
  });

  it('should mark only a fully ordered response as correct', () => {
    expect(grade(['a', 'b', 'c', 'd', 'e']).correct).toBe(true);
    expect(grade(['a', 'b', 'c', 'e', 'd']).correct).toBe(false);
  });

  it('should throw INVALID_CONTENT for fewer than two steps', () => {
    const single = { ...content, steps: content.steps.slice(0, 1) };
    const error = captureGradingError(() =>
      gradeOrdering(single, { type: 'ORDERING', stepIds: ['a'] }, { maxScore: 1 }),
    );
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
  });
});
