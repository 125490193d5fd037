import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { ItemContent, ItemResponse, ItemType } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { isItemResponse, responseShapeProblem } from '../items/response-shape';
import { assertUnreachable } from '../utils/assert-unreachable';
import { gradeExtendedResponse } from './extended-response.grader';
import { gradeFromCredit } from './grade-from-credit';
import { gradeMatching } from './matching.grader';
import { gradeMultipleResponse } from './multiple-response.grader';
import { gradeNumeric } from './numeric.grader';
import { gradeOrdering } from './ordering.grader';
import { gradeShortAnswer } from './short-answer.grader';
import { gradeSingleChoice } from './single-choice.grader';
import { gradeTrueFalse } from './true-false.grader';

/** What `gradeItem` needs besides content, max score and response. */
export interface GradeItemContext {
  /** The attempt's drawn values; required to grade an answered NUMERIC item. */
  parameters?: Readonly<Record<string, number>>;
}

/**
 * Grades one item with the grader for its type (rules in libs/grading/GRADING_RULES.md). No
 * response scores 0 as GRADED, except an extended response, which is always PENDING_MANUAL. A
 * malformed response (a stored row of the wrong shape, such as a number for a short answer's text)
 * is graded as no response, with a detail that says so: it never throws.
 * Throws INVALID_ARGUMENT when the response is a well-formed response for another item type or
 * maxScore is not a finite number ≥ 0 with at most 2 decimals, and the graders' INVALID_CONTENT /
 * MISSING_PARAMETERS / NON_FINITE_RESULT errors.
 */
export function gradeItem(
  content: ItemContent,
  maxScore: number,
  stored: ItemResponse | null,
  ctx: GradeItemContext = {},
): ItemGrade {
  const graderContext: GraderContext = { maxScore, parameters: ctx.parameters };
  const problem = stored === null ? null : responseShapeProblem(content.type, stored);
  // Another type's well-formed response is the caller mixing up items, not a stored row to forgive.
  if (problem !== null && isItemResponse(stored)) responseFor(content.type, stored);
  const response = problem === null ? stored : null;
  if (response === null && content.type !== 'EXTENDED_RESPONSE') {
    return gradeFromCredit(
      0,
      maxScore,
      problem ? `malformed response (${problem}), graded as none` : 'no response',
    );
  }
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return gradeSingleChoice(content, responseFor(content.type, response), graderContext);
    case 'MULTIPLE_RESPONSE':
      return gradeMultipleResponse(content, responseFor(content.type, response), graderContext);
    case 'TRUE_FALSE':
      return gradeTrueFalse(content, responseFor(content.type, response), graderContext);
    case 'ORDERING':
      return gradeOrdering(content, responseFor(content.type, response), graderContext);
    case 'MATCHING':
      return gradeMatching(content, responseFor(content.type, response), graderContext);
    case 'NUMERIC':
      return gradeNumeric(content, responseFor(content.type, response), graderContext);
    case 'SHORT_ANSWER':
      return gradeShortAnswer(content, responseFor(content.type, response), graderContext);
    case 'EXTENDED_RESPONSE':
      return gradeExtendedResponse(
        content,
        response === null ? null : responseFor(content.type, response),
        graderContext,
      );
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}

// Content and response arrive separately (frozen item vs learner input), so their types are only
// known to agree once checked here.
function responseFor<T extends ItemType>(type: T, response: ItemResponse | null): ResponseOf<T> {
  if (response === null || response.type !== type) {
    throw new GradingError(
      `A ${type} item cannot be graded with a ${response?.type ?? 'missing'} response`,
      GradingErrorCode.INVALID_ARGUMENT,
      [{ field: 'response.type', message: `must be ${type}` }],
    );
  }
  return response as ResponseOf<T>;
}
