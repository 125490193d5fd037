// The grading lib's public API. Plain TypeScript: no Nest, TypeORM, LTI or other @markpoint libs.
export * from './items/item-content';
export type { GraderContext, ItemGrade, ItemGradeStatus, ResponseOf } from './items/item-grade';
export { isItemResponse, isResponseOf, responseShapeProblem } from './items/response-shape';
export { GradingError, GradingErrorCode, type GradingErrorDetail } from './exceptions/grading.error';

export { gradeItem, type GradeItemContext } from './graders/grade-item';
export { gradeSingleChoice } from './graders/single-choice.grader';
export { gradeMultipleResponse } from './graders/multiple-response.grader';
export { gradeTrueFalse } from './graders/true-false.grader';
export { gradeOrdering } from './graders/ordering.grader';
export { gradeMatching } from './graders/matching.grader';
export { gradeNumeric } from './graders/numeric.grader';
export { gradeShortAnswer } from './graders/short-answer.grader';
export { gradeExtendedResponse, markExtendedResponse } from './graders/extended-response.grader';
export { answersMatch, normaliseAnswer } from './short-answer/normalise-answer';

export { FORMULAS, FORMULA_IDS, computeFormula, formulaOf, type FormulaDefinition } from './numeric/formulas';
export { expressionProblems, isKnownFormula, numericFormulaOf } from './numeric/numeric-formula';
export { MAX_PARAMETER_DRAWS, drawParameters } from './numeric/draw-parameters';
export { isWithinTolerance, numericKey } from './numeric/numeric-key';
export { formatParameterValue, renderNumericStem } from './numeric/render-numeric-stem';
export { validateNumericContent } from './numeric/validate-numeric-content';

export {
  aggregateAttempt,
  type AttemptItemGrade,
  type AttemptResult,
  type AttemptStatus,
  type MarkingPointResult,
} from './results/aggregate-attempt';
export {
  selectAttemptScore,
  type AttemptScoreMethod,
  type SubmittedAttemptScore,
} from './results/select-attempt-score';
export {
  itemStatistics,
  type ItemStatistic,
  type ItemStatisticsReport,
  type ScoreMatrixRow,
} from './statistics/item-statistics';

export { SeededRandom, createRandom, seedFromString } from './random/seeded-random';
export { roundHalfAway } from './utils/round-half-away';
