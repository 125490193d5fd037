import type { ItemDraft, ItemFinding } from '@markpoint/grading';
import { lintBank } from '../quality/lint-bank';
import type { LintFinding, LintOptions } from '../quality/lint-finding';
import { mirrorFindingsAt, recycledFindingsAt } from '../quality/writing/bank-writing.rules';

/** A candidate the checker passed: its warnings, and how sure the generator is of it. */
export interface CheckedCandidate {
  item: ItemDraft;
  warnings: LintFinding[];
  confidence: number;
}

// Families that are sound when they pass the checks but that teachers edit more often.
const WEAKER_FAMILIES =
  /:(?:misconception-spot|misconception-correct|statements|correction)$|^extended-response/;
const WARNING_COST = 0.1;

/**
 * The item-level check of "generate, check, publish": every rule runs on the candidate alone, and
 * a candidate with an ERROR is rejected (null). Bank-level rules run later, against what is accepted.
 */
export function checkCandidate(item: ItemDraft, options: LintOptions): CheckedCandidate | null {
  const findings = lintBank([item], { ...options, writing: true }).filter(
    // A lone item cannot show a bank pattern; those rules run on the whole bank.
    (finding) => finding.itemIndex !== null,
  );
  if (findings.some((finding) => finding.severity === 'ERROR')) return null;
  const penalty = findings.length * WARNING_COST + (WEAKER_FAMILIES.test(item.generator.strategy) ? 0.15 : 0);
  const confidence = Math.max(0, Math.round((0.95 - penalty) * 100) / 100);
  return {
    item: { ...item, confidence, findings: findings.map(toCheckFinding) },
    warnings: findings,
    confidence,
  };
}

/** Whether the candidate mirrors, repeats or recycles a statement of an item already in the bank. */
export function conflictsWithBank(accepted: readonly ItemDraft[], item: ItemDraft): boolean {
  const bank = [...accepted, item];
  const last = bank.length - 1;
  return [...mirrorFindingsAt(bank, last), ...recycledFindingsAt(bank, last)].some(
    (finding) => finding.severity === 'ERROR',
  );
}

function toCheckFinding(finding: LintFinding): ItemFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    ...(finding.field ? { field: finding.field } : {}),
    ...(finding.text ? { text: finding.text } : {}),
  };
}
