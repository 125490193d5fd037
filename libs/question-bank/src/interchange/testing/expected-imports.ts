import type { ItemContent } from '@markpoint/grading';
import type { ExportBank } from '../export-bank';
import type { ImportedItem } from '../import-result';
import { groupByMarkingPoint } from '../utils/group-items';
import { criterionId, optionId, pairId, stepId } from '../utils/positional-ids';

// Specs only: what an import of an exported bank should give back.

// The content with its ids renumbered by position (a, b…; s1…; p1…; c1…), as the Moodle XML and
// GIFT importers number them: those formats keep no ids.
export function withPositionalIds(content: ItemContent): ItemContent {
  switch (content.type) {
    case 'SINGLE_CHOICE': {
      const index = content.options.findIndex((option) => option.id === content.correctOptionId);
      return {
        ...content,
        options: content.options.map((option, i) => ({ ...option, id: optionId(i) })),
        correctOptionId: optionId(index),
      };
    }
    case 'MULTIPLE_RESPONSE':
      return {
        ...content,
        options: content.options.map((option, i) => ({ ...option, id: optionId(i) })),
        correctOptionIds: content.options.flatMap((option, i) =>
          content.correctOptionIds.includes(option.id) ? [optionId(i)] : [],
        ),
      };
    case 'ORDERING':
      return { ...content, steps: content.steps.map((step, i) => ({ ...step, id: stepId(i) })) };
    case 'MATCHING':
      return { ...content, pairs: content.pairs.map((pair, i) => ({ ...pair, id: pairId(i) })) };
    case 'EXTENDED_RESPONSE':
      return {
        ...content,
        rubric: content.rubric.map((criterion, i) => ({ ...criterion, id: criterionId(i) })),
      };
    default:
      return content;
  }
}

// The bank's items as an importer should read them back, in export order (grouped by marking
// point), without the positions in `skipped`: only the first marking point key survives, and no
// provenance or generator stamp.
export function expectedImports(bank: ExportBank, skipped: readonly number[] = []): ImportedItem[] {
  return groupByMarkingPoint(bank)
    .flatMap((group) => group.items)
    .filter(({ index }) => !skipped.includes(index))
    .map(({ item }) => ({
      content: withPositionalIds(item.content),
      markingPointKey: item.markingPointKeys[0] ?? null,
      level: item.level,
      feedback: item.feedback,
      maxScore: item.maxScore,
    }));
}
