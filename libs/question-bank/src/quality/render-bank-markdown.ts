import type { ItemDraft } from '@markpoint/grading';
import type { BankAssessment } from './assess-bank';
import type { MarkingPointRef } from './coverage-report';
import type { LintFinding } from './lint-finding';
import { plural } from './plural';
import { renderItemMarkdown } from './render-item-markdown';
import { renderQualityMarkdown } from './render-quality-markdown';

export interface BankMarkdownInput {
  title: string;
  /** How the specification is named for the reader, e.g. "Customer service L3 (v2)". */
  specLabel: string;
  markingPoints: MarkingPointRef[];
  items: ItemDraft[];
  assessment: BankAssessment;
}

/**
 * The bank as Markdown a teacher can judge: per marking point (text, key, spec line), every item
 * aligned to it with its key marked, then the items aligned to none, then the quality section.
 * Items are numbered by bank position, so an item under two marking points keeps one number.
 * Deterministic: the same input always gives the same text.
 */
export function renderBankMarkdown(input: BankMarkdownInput): string {
  const { items, assessment } = input;
  const findingsByItem = new Map<number, LintFinding[]>();
  for (const finding of assessment.findings) {
    if (finding.itemIndex === null) continue;
    findingsByItem.set(finding.itemIndex, [...(findingsByItem.get(finding.itemIndex) ?? []), finding]);
  }
  const renderItems = (indexes: number[]) =>
    indexes.flatMap((index) => renderItemMarkdown(items[index], index, findingsByItem.get(index) ?? []));
  const keys = new Set(input.markingPoints.map((point) => point.key));
  const unaligned = indexesWhere(items, (item) => !item.markingPointKeys.some((key) => keys.has(key)));

  const lines = [
    `# ${input.title}`,
    '',
    `Specification: ${input.specLabel} · ${plural(items.length, 'item')} · ` +
      `${plural(input.markingPoints.length, 'marking point')} · quality: ${assessment.ok ? 'OK' : 'not OK'}`,
    '',
    ...input.markingPoints.flatMap((point, position) => {
      const aligned = indexesWhere(items, (item) => item.markingPointKeys.includes(point.key));
      return [
        `## ${position + 1}. ${point.text}`,
        '',
        `Marking point \`${point.key}\` · spec line ${point.line} · ${plural(aligned.length, 'item')}`,
        '',
        ...(aligned.length > 0 ? renderItems(aligned) : ['_No items assess this marking point._', '']),
      ];
    }),
    ...(unaligned.length > 0 ? ['## Items aligned to no marking point', '', ...renderItems(unaligned)] : []),
    ...renderQualityMarkdown(assessment),
  ];
  return lines.join('\n').trimEnd() + '\n';
}

function indexesWhere(items: ItemDraft[], test: (item: ItemDraft) => boolean): number[] {
  return items.flatMap((item, index) => (test(item) ? [index] : []));
}
