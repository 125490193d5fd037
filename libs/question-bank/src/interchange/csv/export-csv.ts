import { assertUnreachable } from '@markpoint/common';
import { numericFormulaOf, type ItemContent } from '@markpoint/grading';
import { stringify } from 'csv-stringify/sync';
import type { ExportBank } from '../export-bank';
import { itemIdentifiers } from '../utils/item-ids';

const COLUMNS = [
  'position',
  'id',
  'type',
  'level',
  'marking_point_keys',
  'stem',
  'options',
  'key',
  'feedback_correct',
  'feedback_incorrect',
  'max_score',
  'provenance_lines',
];

// Lists inside a cell: options and keys read "A | B | C" in a spreadsheet.
const LIST = ' | ';

/**
 * The bank as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed), one row
 * per item in bank order, for review in a spreadsheet. Not an import format.
 */
export function exportCsv(bank: ExportBank): string {
  const ids = itemIdentifiers(bank.items);
  const rows = bank.items.map((item, index) => [
    String(index + 1),
    ids[index] ?? '',
    item.content.type,
    item.level,
    item.markingPointKeys.join(' '),
    item.content.stem,
    optionsOf(item.content),
    keyOf(item.content),
    item.feedback.correct,
    item.feedback.incorrect,
    String(item.maxScore),
    item.provenance.lines.join(' '),
  ]);
  return stringify([COLUMNS, ...rows.map((row) => row.map(defuseFormula))], { record_delimiter: 'windows' });
}

function optionsOf(content: ItemContent): string {
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return content.options.map((option) => option.text).join(LIST);
    case 'TRUE_FALSE':
      return ['True', 'False'].join(LIST);
    case 'ORDERING':
      return content.steps.map((step) => step.text).join(LIST);
    case 'MATCHING':
      return [
        ...content.pairs.map((pair) => pair.prompt),
        ...content.pairs.map((pair) => pair.answer),
        ...content.distractors,
      ].join(LIST);
    case 'NUMERIC':
      return content.parameters
        .map(
          (parameter) =>
            `${parameter.label}: ${parameter.min}–${parameter.max} step ${parameter.step}${parameter.unit ? ` ${parameter.unit}` : ''}`,
        )
        .join(LIST);
    case 'SHORT_ANSWER':
      return '';
    case 'EXTENDED_RESPONSE':
      return content.rubric.map((criterion) => `${criterion.description} (${criterion.marks})`).join(LIST);
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}

function keyOf(content: ItemContent): string {
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return content.options.find((option) => option.id === content.correctOptionId)?.text ?? '';
    case 'MULTIPLE_RESPONSE':
      return content.options
        .filter((option) => content.correctOptionIds.includes(option.id))
        .map((option) => option.text)
        .join(LIST);
    case 'TRUE_FALSE':
      return content.correct ? 'True' : 'False';
    case 'ORDERING':
      return content.steps.map((step) => step.text).join(' > ');
    case 'MATCHING':
      return content.pairs.map((pair) => `${pair.prompt} = ${pair.answer}`).join(LIST);
    case 'NUMERIC': {
      const tolerance =
        content.tolerance.kind === 'ABSOLUTE'
          ? `±${content.tolerance.value}`
          : `±${content.tolerance.value * 100}%`;
      // A stated expression reads "magnification = imageSize / actualSize"; a table formula as before.
      const formula = numericFormulaOf(content);
      const described =
        content.formula === 'EXPRESSION' ? `${formula.name} = ${formula.describe}` : formula.describe;
      return `${described}, ${content.decimals} dp, ${tolerance}`;
    }
    case 'SHORT_ANSWER':
      return content.acceptedAnswers.join(LIST);
    case 'EXTENDED_RESPONSE':
      return content.guidance;
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}

// A cell starting with = + @ (or a tab or CR) runs as a formula when the file is opened in a
// spreadsheet; a leading apostrophe keeps it text. A minus only when no number follows ("-5" stays).
export function defuseFormula(cell: string): string {
  return /^(?:[=+@\t\r]|-(?![\d.]))/.test(cell) ? `'${cell}` : cell;
}
