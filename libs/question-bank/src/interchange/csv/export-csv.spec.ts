import { parse } from 'csv-parse/sync';
import { awkwardTextBank, customerServiceBank, makeDraft } from '../testing/sample-bank';
import { exportCsv } from './export-csv';

function rows(csv: string): string[][] {
  return parse(csv);
}

describe(exportCsv.name, () => {
  it('should write a header and one row per item in bank order', () => {
    const bank = customerServiceBank();

    const sut = rows(exportCsv(bank));

    expect(sut[0]).toEqual([
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
    ]);
    expect(sut.slice(1).map((row) => [row[0], row[2]])).toEqual(
      bank.items.map((item, index) => [String(index + 1), item.content.type]),
    );
  });

  it('should end records with CRLF as RFC 4180 asks', () => {
    const sut = exportCsv(customerServiceBank());

    expect(sut.split('\r\n')).toHaveLength(customerServiceBank().items.length + 2);
  });

  it('should give each type its options and key', () => {
    const sut = rows(exportCsv(customerServiceBank())).slice(1);

    expect(sut.map((row) => [row[6], row[7]]).slice(0, 4)).toEqual([
      ['A service level agreement | A complaints log | A mission statement', 'A service level agreement'],
      ['Telephone | Balance sheet | Email | Payroll', 'Telephone | Email'],
      ['True | False', 'True'],
      ['Listen | Apologise | Thank | Explain | Resolve', 'Listen > Apologise > Thank > Explain > Resolve'],
    ]);
    expect(sut[5]?.[7]).toBe('revenue − costOfSales, 0 dp, ±1');
    expect(sut[8]?.[4]).toBe('mp-abcdef0123 mp-0123456789');
    expect(sut[8]?.[11]).toBe('25 26');
  });

  it('should quote commas, quotes and line breaks so every cell reads back as written', () => {
    const bank = awkwardTextBank();

    const sut = rows(exportCsv(bank));

    expect(sut.slice(1).map((row) => row[5])).toEqual(bank.items.map((item) => item.content.stem));
  });

  it('should keep a cell that starts like a formula from running in a spreadsheet', () => {
    const bank = {
      ...customerServiceBank(),
      items: [
        makeDraft({ type: 'SHORT_ANSWER', stem: '=HYPERLINK("http://x")', acceptedAnswers: ['-5', '-x'] }),
      ],
    };

    const [, sut] = rows(exportCsv(bank));

    expect([sut[5], sut[7]]).toEqual(['\'=HYPERLINK("http://x")', '-5 | -x']);
  });
});
