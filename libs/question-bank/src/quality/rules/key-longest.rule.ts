import type { ItemDraft, SingleChoiceContent } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';

// Below this many single-choice items a majority says nothing about the generator's habits.
const MIN_ITEMS = 4;
const MAX_SHARE = 0.5;

/**
 * WARNING (bank-wide) when the key is the strictly longest option in more than half of the
 * single-choice items: learners learn to pick the longest option.
 */
export function keyLongestRule(items: readonly ItemDraft[]): LintFinding[] {
  const singleChoice = items.flatMap((item, index) =>
    item.content.type === 'SINGLE_CHOICE' ? [{ content: item.content, index }] : [],
  );
  if (singleChoice.length < MIN_ITEMS) return [];
  const longest = singleChoice.filter(({ content }) => keyIsStrictlyLongest(content));
  if (longest.length / singleChoice.length <= MAX_SHARE) return [];
  const percent = Math.round((longest.length / singleChoice.length) * 100);
  return [
    {
      rule: 'key-longest',
      severity: 'WARNING',
      itemIndex: null,
      message:
        `the key is the longest option in ${longest.length} of ${singleChoice.length} single-choice ` +
        `items (${percent}%): items ${longest.map(({ index }) => index + 1).join(', ')}`,
    },
  ];
}

function keyIsStrictlyLongest(content: SingleChoiceContent): boolean {
  const key = content.options.find((option) => option.id === content.correctOptionId);
  if (!key) return false;
  const keyLength = key.text.trim().length;
  return content.options.every((option) => option === key || option.text.trim().length < keyLength);
}
