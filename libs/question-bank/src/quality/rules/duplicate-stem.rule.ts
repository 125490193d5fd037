import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { normaliseText } from './normalise-text';

/**
 * ERROR on every item whose normalised stem and type repeat an earlier item's. The same stem
 * under another type is allowed: a true/false statement and a short-answer question may share it.
 */
export function duplicateStemRule(items: readonly ItemDraft[]): LintFinding[] {
  const firstIndex = new Map<string, number>();
  const findings: LintFinding[] = [];
  items.forEach((item, index) => {
    const key = `${item.content.type}\u0000${normaliseText(item.content.stem)}`;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    findings.push({
      rule: 'duplicate-stem',
      severity: 'ERROR',
      itemIndex: index,
      message: `same ${item.content.type} stem as item ${first + 1}: "${item.content.stem.trim()}"`,
    });
  });
  return findings;
}
