import type { ItemContent, ItemResponse, ItemType } from '../items/item-content';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { gradeItem } from './grade-item';

const CONTENT: Record<ItemType, ItemContent> = {
  SINGLE_CHOICE: {
    type: 'SINGLE_CHOICE',
    stem: 'Pick b',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
    correctOptionId: 'b',
  },
  MULTIPLE_RESPONSE: {
    type: 'MULTIPLE_RESPONSE',
    stem: 'Pick a and b',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ],
    correctOptionIds: ['a', 'b'],
  },
  TRUE_FALSE: { type: 'TRUE_FALSE', stem: 'Cash is an asset.', correct: true },
  ORDERING: {
    type: 'ORDERING',
    stem: 'Order',
    steps: [
      { id: 'x', text: 'X' },
      { id: 'y', text: 'Y' },
    ],
  },
  MATCHING: {
    type: 'MATCHING',
    stem: 'Match',
    pairs: [
      { id: 'p1', prompt: 'Asset', answer: 'Cash' },
      { id: 'p2', prompt: 'Liability', answer: 'Loan' },
    ],
    distractors: ['Sales'],
  },
  NUMERIC: makeNumericContent(),
  SHORT_ANSWER: { type: 'SHORT_ANSWER', stem: 'Name it', acceptedAnswers: ['Cash'] },
  EXTENDED_RESPONSE: {
    type: 'EXTENDED_RESPONSE',
    stem: 'Discuss',
    rubric: [{ id: 'r1', description: 'Point', marks: 4 }],
    guidance: 'Any point',
  },
};
const PARAMETERS = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };

// Rows stored by older code, which accepted any object: each one must grade as no response.
const MALFORMED: [ItemType, unknown][] = [
  ['SHORT_ANSWER', { type: 'SHORT_ANSWER', text: 123 }],
  ['SHORT_ANSWER', { type: 'SHORT_ANSWER' }],
  ['MULTIPLE_RESPONSE', { type: 'MULTIPLE_RESPONSE', optionIds: { 0: 'a', 1: 'b' } }],
  ['MULTIPLE_RESPONSE', { type: 'MULTIPLE_RESPONSE', optionIds: ['a', 2] }],
  ['MATCHING', { type: 'MATCHING', matches: null }],
  ['MATCHING', { type: 'MATCHING', matches: { p1: 7 } }],
  ['MATCHING', { type: 'MATCHING', matches: ['Cash'] }],
  ['SINGLE_CHOICE', { type: 'SINGLE_CHOICE' }],
  ['SINGLE_CHOICE', { type: 'SINGLE_CHOICE', optionId: ['b'] }],
  ['TRUE_FALSE', { type: 'TRUE_FALSE', value: 'true' }],
  ['ORDERING', { type: 'ORDERING', stepIds: 'x,y' }],
  ['NUMERIC', { type: 'NUMERIC', value: '5091' }],
  ['NUMERIC', { type: 'NUMERIC', value: null }],
  ['SINGLE_CHOICE', 'b'],
  ['SINGLE_CHOICE', {}],
  ['SINGLE_CHOICE', { type: 'NOT_A_TYPE', optionId: 'b' }],
];

describe(`${gradeItem.name} with a malformed stored response`, () => {
  it.each(MALFORMED)(
    'should grade a %s item answered with %j as unanswered, without throwing',
    (type, response) => {
      const sut = gradeItem(CONTENT[type], 2, response as ItemResponse, { parameters: PARAMETERS });
      expect(sut).toMatchObject({ score: 0, maxScore: 2, status: 'GRADED', correct: false });
      expect(sut.detail).toMatch(/^malformed response \(.+\), graded as none$/);
    },
  );

  it('should leave an extended response with a malformed text for a marker', () => {
    const sut = gradeItem(CONTENT.EXTENDED_RESPONSE, 4, { type: 'EXTENDED_RESPONSE', text: {} } as never);
    expect(sut).toMatchObject({ score: 0, status: 'PENDING_MANUAL', correct: null });
  });

  it('should still grade the well-formed response of the same item', () => {
    expect(gradeItem(CONTENT.SHORT_ANSWER, 2, { type: 'SHORT_ANSWER', text: ' cash ' }).score).toBe(2);
    expect(gradeItem(CONTENT.MATCHING, 2, { type: 'MATCHING', matches: { p1: 'Cash' } }).score).toBe(1);
  });
});
