import { ITEM_TYPES, type ItemDraft, type ItemType } from '@markpoint/grading';
import {
  coverageReport,
  DEFAULT_COVERAGE_RULE,
  type CoverageReport,
  type CoverageRule,
  type MarkingPointRef,
} from './coverage-report';
import { lintBank } from './lint-bank';
import type { LintFinding, LintOptions } from './lint-finding';

export interface AssessBankOptions extends LintOptions {
  coverage?: CoverageRule;
}

export interface BankQualitySummary {
  lintErrors: number;
  lintWarnings: number;
  markingPoints: number;
  markingPointsCovered: number;
}

export interface BankAssessment {
  /** No ERROR finding and every marking point covered; warnings do not count. */
  ok: boolean;
  summary: BankQualitySummary;
  findings: LintFinding[];
  coverage: CoverageReport;
  /** Every item type, 0 when the bank has none of it. */
  itemsByType: Record<ItemType, number>;
}

/** Lints the bank and measures its coverage of the specification's marking points. */
export function assessBank(
  items: ItemDraft[],
  markingPoints: MarkingPointRef[],
  options: AssessBankOptions = {},
): BankAssessment {
  const findings = lintBank(items, options);
  // Only items that assess their marking point count for it: a misaligned item covers nothing.
  const misaligned = new Set(
    findings.filter((finding) => finding.rule === 'misalignment').map((finding) => finding.itemIndex),
  );
  const aligned = items.filter((_, index) => !misaligned.has(index));
  const coverage = coverageReport(aligned, markingPoints, options.coverage ?? DEFAULT_COVERAGE_RULE);
  const lintErrors = findings.filter((finding) => finding.severity === 'ERROR').length;
  const itemsByType = Object.fromEntries(ITEM_TYPES.map((type) => [type, 0])) as Record<ItemType, number>;
  for (const item of items) itemsByType[item.content.type] += 1;
  return {
    ok: lintErrors === 0 && coverage.ok,
    summary: {
      lintErrors,
      lintWarnings: findings.length - lintErrors,
      markingPoints: coverage.markingPoints.length,
      markingPointsCovered: coverage.markingPoints.filter((point) => point.ok).length,
    },
    findings,
    coverage,
    itemsByType,
  };
}
