import { GradingError, GradingErrorCode, type GradingErrorDetail } from '../exceptions/grading.error';
import type { ExtendedResponseContent } from '../items/item-content';
import type { GraderContext, ItemGrade, ResponseOf } from '../items/item-grade';
import { duplicatesOf } from '../utils/duplicates-of';
import { gradeFromCredit, invalidContent, pendingManual } from './grade-from-credit';

/**
 * Extended response: never graded automatically. Returns PENDING_MANUAL with score 0 and
 * `correct: null` until a marker's awards go through `markExtendedResponse`.
 */
export function gradeExtendedResponse(
  content: ExtendedResponseContent,
  _response: ResponseOf<'EXTENDED_RESPONSE'> | null,
  ctx: GraderContext,
): ItemGrade {
  assertRubric(content);
  return pendingManual(ctx.maxScore, 'awaiting a marker');
}

/**
 * A marker's result for an extended response: every rubric criterion needs an award (0 allowed)
 * between 0 and its marks; the score is awarded ÷ total rubric marks × maxScore, rounded to 2
 * decimals. Throws INVALID_AWARD (with one detail per problem) for a missing, unknown, negative,
 * non-finite or too-high award, and INVALID_CONTENT for an empty or zero-mark rubric.
 */
export function markExtendedResponse(
  content: ExtendedResponseContent,
  awards: Readonly<Record<string, number>>,
  maxScore: number,
): ItemGrade {
  assertRubric(content);
  const problems: GradingErrorDetail[] = [];
  const criterionIds = new Set(content.rubric.map((criterion) => criterion.id));
  for (const id of Object.keys(awards)) {
    if (!criterionIds.has(id)) problems.push({ field: id, message: 'is not a rubric criterion' });
  }
  for (const criterion of content.rubric) {
    const award = Object.hasOwn(awards, criterion.id) ? awards[criterion.id] : undefined;
    if (award === undefined) {
      // An explicit 0 is required so a forgotten criterion is never silently marked down.
      problems.push({ field: criterion.id, message: 'has no award' });
    } else if (!Number.isFinite(award) || award < 0 || award > criterion.marks) {
      problems.push({ field: criterion.id, message: `award must be between 0 and ${criterion.marks}` });
    }
  }
  if (problems.length > 0) {
    throw new GradingError('The rubric awards are invalid', GradingErrorCode.INVALID_AWARD, problems);
  }

  const available = totalMarks(content);
  const awarded = content.rubric.reduce((sum, criterion) => sum + awards[criterion.id], 0);
  return gradeFromCredit(awarded / available, maxScore, `${awarded} of ${available} rubric marks`);
}

function assertRubric(content: ExtendedResponseContent): void {
  if (content.rubric.length === 0) throw invalidContent('rubric', 'is empty');
  if (duplicatesOf(content.rubric.map((criterion) => criterion.id)).length > 0) {
    throw invalidContent('rubric', 'has duplicate criterion ids');
  }
  if (content.rubric.some((criterion) => !Number.isFinite(criterion.marks) || criterion.marks < 0)) {
    throw invalidContent('rubric', 'has a criterion whose marks are not a finite number ≥ 0');
  }
  if (totalMarks(content) <= 0) throw invalidContent('rubric', 'has no marks to award');
}

function totalMarks(content: ExtendedResponseContent): number {
  return content.rubric.reduce((sum, criterion) => sum + criterion.marks, 0);
}
