import { isItemResponse, isResponseOf, responseShapeProblem } from './response-shape';

describe(responseShapeProblem.name, () => {
  it.each([
    ['SINGLE_CHOICE', { type: 'SINGLE_CHOICE', optionId: 'b' }],
    ['MULTIPLE_RESPONSE', { type: 'MULTIPLE_RESPONSE', optionIds: [] }],
    ['TRUE_FALSE', { type: 'TRUE_FALSE', value: false }],
    ['ORDERING', { type: 'ORDERING', stepIds: ['x', 'y'] }],
    ['MATCHING', { type: 'MATCHING', matches: {} }],
    ['NUMERIC', { type: 'NUMERIC', value: -1.5 }],
    ['SHORT_ANSWER', { type: 'SHORT_ANSWER', text: '' }],
    ['EXTENDED_RESPONSE', { type: 'EXTENDED_RESPONSE', text: 'Essay' }],
  ] as const)('should accept a well-formed %s response', (type, response) => {
    expect(responseShapeProblem(type, response)).toBeNull();
    expect(isResponseOf(type, response)).toBe(true);
    expect(isItemResponse(response)).toBe(true);
  });

  it('should say what is wrong with a malformed response', () => {
    expect(responseShapeProblem('SHORT_ANSWER', { type: 'SHORT_ANSWER', text: 123 })).toBe(
      'text is not a string',
    );
    expect(responseShapeProblem('MATCHING', { type: 'MATCHING', matches: null })).toBe(
      'matches is not an object of strings',
    );
    expect(responseShapeProblem('NUMERIC', { type: 'NUMERIC', value: Number.NaN })).toBe(
      'value is not a finite number',
    );
    expect(responseShapeProblem('TRUE_FALSE', { type: 'SHORT_ANSWER', text: 'x' })).toBe(
      'has type SHORT_ANSWER, not TRUE_FALSE',
    );
    expect(responseShapeProblem('TRUE_FALSE', null)).toBe('is not an object');
  });

  it('should not take a response of an unknown type for an item response', () => {
    expect(isItemResponse({ type: 'ESSAY', text: 'x' })).toBe(false);
    expect(isItemResponse([])).toBe(false);
  });
});
