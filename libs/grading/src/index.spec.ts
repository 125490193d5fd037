import * as grading from './index';

describe('@markpoint/grading public API', () => {
  it('should export the graders, numeric functions, aggregation, statistics and helpers', () => {
    const functions = [
      'gradeItem',
      'gradeSingleChoice',
      'gradeMultipleResponse',
      'gradeTrueFalse',
      'gradeOrdering',
      'gradeMatching',
      'gradeNumeric',
      'gradeShortAnswer',
      'gradeExtendedResponse',
      'markExtendedResponse',
      'normaliseAnswer',
      'answersMatch',
      'drawParameters',
      'numericKey',
      'renderNumericStem',
      'isWithinTolerance',
      'validateNumericContent',
      'computeFormula',
      'aggregateAttempt',
      'selectAttemptScore',
      'itemStatistics',
      'createRandom',
      'roundHalfAway',
      'responseShapeProblem',
      'isResponseOf',
      'isItemResponse',
    ] as const;
    for (const name of functions) expect(typeof grading[name]).toBe('function');
    expect(typeof grading.SeededRandom).toBe('function');
    expect(typeof grading.GradingError).toBe('function');
    expect(Object.keys(grading.FORMULAS)).toHaveLength(10);
    expect(grading.ITEM_TYPES).toHaveLength(8);
  });
});
