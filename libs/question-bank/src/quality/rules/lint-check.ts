import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding, LintOptions, LintRule, LintSeverity } from '../lint-finding';

/** A rule over the whole bank: bank-wide rules need every item at once, item rules map over them. */
export type LintCheck = (items: readonly ItemDraft[], options: LintOptions) => LintFinding[];

/** A problem in one item: a message, and the field and text at fault when there is one. */
export interface ItemProblem {
  message: string;
  field?: string;
  text?: string;
}

/** One finding per problem `problemsOf` returns for each item. */
export function findingsPerItem(
  items: readonly ItemDraft[],
  rule: LintRule,
  severity: LintSeverity,
  problemsOf: (item: ItemDraft, index: number) => (string | ItemProblem)[],
): LintFinding[] {
  return items.flatMap((item, index) =>
    problemsOf(item, index).map((problem) =>
      typeof problem === 'string'
        ? { rule, severity, itemIndex: index, message: problem }
        : { rule, severity, itemIndex: index, ...problem },
    ),
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
