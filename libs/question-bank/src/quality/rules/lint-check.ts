import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding, LintOptions, LintRule, LintSeverity } from '../lint-finding';

/** A rule over the whole bank: bank-wide rules need every item at once, item rules map over them. */
export type LintCheck = (items: readonly ItemDraft[], options: LintOptions) => LintFinding[];

/** One finding per message `problemsOf` returns for each item. */
export function findingsPerItem(
  items: readonly ItemDraft[],
  rule: LintRule,
  severity: LintSeverity,
  problemsOf: (item: ItemDraft, index: number) => string[],
): LintFinding[] {
  return items.flatMap((item, index) =>
    problemsOf(item, index).map((message) => ({ rule, severity, itemIndex: index, message })),
  );
}

/** Values that occur more than once, each once, in order of their second occurrence. */
export function repeatedValues(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

export function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
