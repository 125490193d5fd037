import type { ItemFinding } from '@markpoint/grading';
import type { LintFinding } from '../quality/lint-finding';

/** The linter's findings split per item (bank-wide ones, with no item, are left out). */
export function findingsByItem(itemCount: number, findings: readonly LintFinding[]): ItemFinding[][] {
  const byItem: ItemFinding[][] = Array.from({ length: itemCount }, () => []);
  for (const finding of findings) {
    if (finding.itemIndex !== null && finding.itemIndex < itemCount) byItem[finding.itemIndex].push(finding);
  }
  return byItem;
}
