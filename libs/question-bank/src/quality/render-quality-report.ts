import { ITEM_TYPES } from '@markpoint/grading';
import type { BankAssessment } from './assess-bank';
import type { MarkingPointCoverage } from './coverage-report';
import type { LintFinding, LintSeverity } from './lint-finding';
import { plural } from './plural';

const TEXT_WIDTH = 60;

/**
 * The assessment as plain text for a terminal: the verdict and counts, one line per marking point
 * (✓/✗, key, spec line, items, types, why it falls short), then the findings, errors first.
 */
export function renderQualityReport(a: BankAssessment): string {
  const { summary, coverage } = a;
  const present = ITEM_TYPES.filter((type) => a.itemsByType[type] > 0);
  const itemCount = present.reduce((sum, type) => sum + a.itemsByType[type], 0);
  const lines = [
    `Bank quality: ${a.ok ? 'OK' : 'NOT OK'}`,
    `  ${plural(itemCount, 'item')}${present.length > 0 ? `: ${present.map((t) => `${t} ${a.itemsByType[t]}`).join(', ')}` : ''}`,
    `  lint: ${plural(summary.lintErrors, 'error')}, ${plural(summary.lintWarnings, 'warning')}`,
    `  coverage: ${summary.markingPointsCovered} of ${summary.markingPoints} marking points covered, ` +
      `${plural(coverage.unaligned, 'item')} aligned to no marking point`,
    '',
    'Marking points',
    ...(coverage.markingPoints.length > 0
      ? coverage.markingPoints.map(markingPointLine)
      : ['  (the specification has no marking points)']),
    '',
    ...findingLines(a.findings, 'ERROR', 'Errors'),
    ...findingLines(a.findings, 'WARNING', 'Warnings'),
  ];
  if (a.findings.length === 0) lines.push('No lint findings');
  return lines.join('\n').trimEnd() + '\n';
}

function markingPointLine(point: MarkingPointCoverage): string {
  const types = point.types.length > 0 ? point.types.join(', ') : 'no types';
  const text = point.text.length > TEXT_WIDTH ? `${point.text.slice(0, TEXT_WIDTH - 1)}…` : point.text;
  const head = `  ${point.ok ? '✓' : '✗'} ${point.key}  line ${point.line}  ${plural(point.items, 'item')}  ${types}`;
  return `${head}  "${text}"${point.reason ? `\n      ${point.reason}` : ''}`;
}

function findingLines(findings: LintFinding[], severity: LintSeverity, title: string): string[] {
  const matching = findings.filter((finding) => finding.severity === severity);
  if (matching.length === 0) return [];
  return [
    `${title} (${matching.length})`,
    ...matching.map((finding) => {
      const where = finding.itemIndex === null ? 'bank' : `item ${finding.itemIndex + 1}`;
      return `  ${where.padEnd(8)} ${finding.rule.padEnd(21)} ${finding.message}`;
    }),
    '',
  ];
}
