import type { ExtendedResponseContent, ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem, quoted, repeatedValues } from './lint-check';

// Marks may be halves; compare sums without binary-fraction noise.
const MARK_SLACK = 1e-9;

/** ERROR when an extended-response rubric cannot award exactly the item's maxScore. */
export function rubricRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'rubric', 'ERROR', ({ content, maxScore }) =>
    content.type === 'EXTENDED_RESPONSE' ? rubricProblems(content, maxScore) : [],
  );
}

function rubricProblems(content: ExtendedResponseContent, maxScore: number): string[] {
  if (content.rubric.length === 0) return ['the rubric has no criteria'];
  const problems: string[] = [];
  const repeatedIds = repeatedValues(content.rubric.map((criterion) => criterion.id));
  if (repeatedIds.length > 0) problems.push(`criterion ids used twice: ${quoted(repeatedIds)}`);
  const unmarked = content.rubric.filter(
    (criterion) => !(Number.isFinite(criterion.marks) && criterion.marks > 0),
  );
  if (unmarked.length > 0) {
    problems.push(`criteria without positive marks: ${quoted(unmarked.map((criterion) => criterion.id))}`);
  }
  const total = content.rubric.reduce((sum, criterion) => sum + criterion.marks, 0);
  if (!(Math.abs(total - maxScore) <= MARK_SLACK)) {
    problems.push(`the rubric's marks add up to ${total} but maxScore is ${maxScore}`);
  }
  return problems;
}
