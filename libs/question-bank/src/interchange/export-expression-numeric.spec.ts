import {
  drawParameters,
  numericKey,
  renderNumericStem,
  type ItemDraft,
  type NumericContent,
} from '@markpoint/grading';
import { parse } from 'csv-parse/sync';
import type { ExportBank } from './export-bank';
import { exportCsv } from './csv/export-csv';
import { exportGift } from './gift/export-gift';
import { importGift } from './gift/import-gift';
import { exportMoodleXml } from './moodle-xml/export-moodle-xml';
import { importMoodleXml } from './moodle-xml/import-moodle-xml';
import { qti21Files } from './qti/qti-files';
import { expectedImports } from './testing/expected-imports';
import { makeDraft, MP_PROFIT } from './testing/sample-bank';
import { EXPORT_SEED } from './utils/numeric-instance';

// A calculation the specification states (not in the formula table) must export as every numeric
// item does: one drawn instance for the format, the whole item in the markpoint comment.
const MARGIN_OF_SAFETY: NumericContent = {
  type: 'NUMERIC',
  stem: 'A shop sold {actualSales} units; its break-even point is {breakEvenSales} units. What is its margin of safety?',
  formula: 'EXPRESSION',
  expression: {
    text: 'actualSales - breakEvenSales',
    inputs: [
      { name: 'actualSales', label: 'actual sales', unit: 'units' },
      { name: 'breakEvenSales', label: 'break-even sales', unit: 'units' },
    ],
    resultName: 'margin of safety',
    resultRange: { min: 1 },
  },
  parameters: [
    { name: 'actualSales', label: 'actual sales', min: 900, max: 1500, step: 10 },
    { name: 'breakEvenSales', label: 'break-even sales', min: 500, max: 850, step: 10 },
  ],
  tolerance: { kind: 'ABSOLUTE', value: 0 },
  unit: 'units',
  decimals: 0,
};

function bank(): ExportBank {
  const item: ItemDraft = makeDraft(MARGIN_OF_SAFETY, {
    markingPointKeys: [MP_PROFIT],
    level: 'APPLY',
    feedback: { correct: 'Margin of safety = actual sales − break-even sales.', incorrect: 'Subtract.' },
  });
  return {
    title: 'Retail finance',
    topic: 'Retail finance',
    markingPoints: [{ key: MP_PROFIT, text: 'Calculate the margin of safety.', line: 20 }],
    items: [item],
  };
}

describe('exporting a numeric item with a stated expression', () => {
  const values = drawParameters(MARGIN_OF_SAFETY, EXPORT_SEED);
  const key = numericKey(MARGIN_OF_SAFETY, values);

  it('should draw the export instance with the expression', () => {
    expect(key).toBe(values.actualSales - values.breakEvenSales);
  });

  it('should write a Moodle numerical question that imports back unchanged', () => {
    const xml = exportMoodleXml(bank());
    expect(xml).toContain('<question type="numerical">');
    expect(xml).toContain(`<answer fraction="100" format="moodle_auto_format">\n      <text>${key}</text>`);

    const sut = importMoodleXml(xml);

    expect(sut.errors).toEqual([]);
    expect(sut.items).toEqual(expectedImports(bank()));
  });

  it('should write a GIFT numerical question that imports back unchanged', () => {
    const exported = exportGift(bank());
    expect(exported.text).toContain(`{\n\t#${key}:0\n`);

    const sut = importGift(exported.text);

    expect(sut.errors).toEqual([]);
    expect(sut.items).toEqual(expectedImports(bank()));
  });

  it('should write a QTI item whose correct response is the drawn key', () => {
    const [, , item] = qti21Files(bank());
    expect(item.xml).toMatch(new RegExp(`<correctResponse>\\s*<value>${key}</value>`));
    expect(item.xml).toContain(renderNumericStem(MARGIN_OF_SAFETY, values));
  });

  it('should describe the calculation in the CSV answer column', () => {
    const rows: string[][] = parse(exportCsv(bank()));
    const [header, row] = rows;
    const answer = row[header.indexOf('key')];
    expect(answer).toBe('margin of safety = actualSales - breakEvenSales, 0 dp, ±0');
  });
});
