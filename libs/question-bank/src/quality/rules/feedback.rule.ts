import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem } from './lint-check';

/** WARNING when a learner would get no explanation after answering, right or wrong. */
export function feedbackRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'feedback', 'WARNING', ({ feedback }) => {
    const problems: string[] = [];
    if (!feedback?.correct?.trim()) problems.push('feedback.correct is empty');
    if (!feedback?.incorrect?.trim()) problems.push('feedback.incorrect is empty');
    return problems;
  });
}
