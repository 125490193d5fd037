import type { ItemGrade } from '../items/item-grade';
import { aggregateAttempt, type AttemptItemGrade } from './aggregate-attempt';

function graded(score: number, maxScore: number): ItemGrade {
  return { score, maxScore, status: 'GRADED', correct: score === maxScore };
}

function pending(maxScore: number): ItemGrade {
  return { score: 0, maxScore, status: 'PENDING_MANUAL', correct: null };
}

function attempt(choiceScore: number, essayMaxScore: number): AttemptItemGrade[] {
  return [
    { itemId: 'choice', markingPointKeys: ['MP1'], grade: graded(choiceScore, 3) },
    { itemId: 'essay', markingPointKeys: ['MP1', 'MP2'], grade: pending(essayMaxScore) },
  ];
}

describe(`${aggregateAttempt.name} with items awaiting a marker`, () => {
  it('should await the marker and count the pending item as 0 of its maximum', () => {
    // 3 of 3 + 0 of 7 = 30 %.
    expect(aggregateAttempt(attempt(3, 7), 60)).toEqual({
      score: 3,
      maxScore: 10,
      percentage: 30,
      passed: null,
      status: 'AWAITING_MANUAL',
      breakdown: [
        { markingPointKey: 'MP1', score: 3, maxScore: 10, percentage: 30 },
        { markingPointKey: 'MP2', score: 0, maxScore: 7, percentage: 0 },
      ],
    });
  });

  it('should already pass when the marked items reach the pass mark', () => {
    expect(aggregateAttempt(attempt(3, 7), 30).passed).toBe(true);
  });

  it('should already fail when full marks on the pending item cannot reach the pass mark', () => {
    // Best case (1 + 0.5) ÷ 3.5 = 42.86 % < 50 %.
    expect(aggregateAttempt(attempt(1, 0.5), 50).passed).toBe(false);
  });

  it('should leave the outcome open when the pending item decides it', () => {
    // Now 1 ÷ 4 = 25 %; best case 2 ÷ 4 = 50 %.
    expect(aggregateAttempt(attempt(1, 1), 50).passed).toBeNull();
  });
});
