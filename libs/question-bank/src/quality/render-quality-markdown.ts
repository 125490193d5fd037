import { ITEM_TYPES } from '@markpoint/grading';
import type { BankAssessment } from './assess-bank';
import type { LintFinding, LintSeverity } from './lint-finding';
import { markdownTable } from './markdown';
import { plural } from './plural';

/** The quality section of the bank's Markdown: verdict and counts, coverage table, findings. */
export function renderQualityMarkdown(assessment: BankAssessment): string[] {
  const { summary, coverage } = assessment;
  return [
    '## Quality',
    '',
    `**${assessment.ok ? 'OK' : 'Not OK'}**: ${plural(summary.lintErrors, 'error')}, ` +
      `${plural(summary.lintWarnings, 'warning')}; ${summary.markingPointsCovered} of ` +
      `${summary.markingPoints} marking points covered; ${plural(coverage.unaligned, 'item')} aligned to no marking point.`,
    '',
    ...markdownTable(
      ['Type', 'Items'],
      ITEM_TYPES.filter((type) => assessment.itemsByType[type] > 0).map((type) => [
        type,
        assessment.itemsByType[type],
      ]),
    ),
    '',
    '### Coverage',
    '',
    ...markdownTable(
      ['', 'Marking point', 'Key', 'Line', 'Items', 'Types', 'Levels', 'Shortfall'],
      coverage.markingPoints.map((point) => [
        point.ok ? '✓' : '✗',
        point.text,
        point.key,
        point.line,
        point.items,
        point.types.join(', '),
        point.levels.join(', '),
        point.reason ?? '',
      ]),
    ),
    '',
    '### Findings',
    '',
    ...(assessment.findings.length === 0
      ? ['No findings.', '']
      : [
          ...findingLines(assessment.findings, 'ERROR', 'Errors'),
          ...findingLines(assessment.findings, 'WARNING', 'Warnings'),
        ]),
  ];
}

function findingLines(findings: LintFinding[], severity: LintSeverity, title: string): string[] {
  const matching = findings.filter((finding) => finding.severity === severity);
  if (matching.length === 0) return [];
  return [
    `#### ${title} (${matching.length})`,
    '',
    ...matching.map((finding) => {
      const where = finding.itemIndex === null ? 'Bank' : `Item ${finding.itemIndex + 1}`;
      return `- ${where} · \`${finding.rule}\`: ${finding.message}`;
    }),
    '',
  ];
}
