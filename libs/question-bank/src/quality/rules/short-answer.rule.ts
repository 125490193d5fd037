import { normaliseAnswer, type ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem } from './lint-check';

/**
 * ERROR when a short-answer item accepts nothing, or lists an answer that is empty once the
 * grader normalises it ("", "  ", "—"): such an answer can never match.
 */
export function shortAnswerRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'short-answer', 'ERROR', ({ content }) => {
    if (content.type !== 'SHORT_ANSWER') return [];
    if (content.acceptedAnswers.length === 0) return ['has no accepted answer'];
    const empty = content.acceptedAnswers.filter((answer) => normaliseAnswer(answer) === '');
    return empty.length > 0 ? [`${empty.length} accepted answer(s) are empty`] : [];
  });
}
