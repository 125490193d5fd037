import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem } from './lint-check';

// A true/false stem is a statement to judge; one phrased as a question has no true or false answer.
const QUESTION_OPENERS = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'has',
  'have',
]);

/** WARNING when a true/false stem does not read as a statement: no full stop, or a question word first. */
export function trueFalseRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'true-false', 'WARNING', ({ content }) => {
    if (content.type !== 'TRUE_FALSE') return [];
    const stem = content.stem.trim();
    const problems: string[] = [];
    if (!stem.endsWith('.')) problems.push('the statement does not end with a full stop');
    const firstWord = /^[\p{L}']+/u.exec(stem)?.[0].toLowerCase() ?? '';
    if (QUESTION_OPENERS.has(firstWord))
      problems.push(`the statement starts with a question word ("${firstWord}")`);
    return problems;
  });
}
