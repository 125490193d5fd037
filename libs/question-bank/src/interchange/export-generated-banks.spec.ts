import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveTitle, markingPointKey, parseSpecification } from '@markpoint/spec';
import { generateBank } from '../generator/generate-bank';
import { exportCsv } from './csv/export-csv';
import type { ExportBank } from './export-bank';
import { exportGift } from './gift/export-gift';
import { importGift } from './gift/import-gift';
import { exportMoodleXml } from './moodle-xml/export-moodle-xml';
import { importMoodleXml } from './moodle-xml/import-moodle-xml';
import { qti21Files } from './qti/qti-files';
import { findQtiSchemasDir, validateQtiFiles } from './qti/validate-qti';
import { expectedImports } from './testing/expected-imports';

// The generator's real banks for the sample specifications (samples/specs/*.txt), through every format.

function samplesDir(): string {
  for (let directory = __dirname; dirname(directory) !== directory; directory = dirname(directory)) {
    if (existsSync(join(directory, 'samples', 'specs'))) return join(directory, 'samples', 'specs');
  }
  throw new Error(`samples/specs was not found above ${__dirname}`);
}

function generatedBank(path: string): ExportBank {
  const spec = parseSpecification(readFileSync(path, 'utf8'));
  const { items } = generateBank(spec, { specId: path, specVersion: 1, seed: 'interchange' });
  const title = deriveTitle(spec);
  return {
    title,
    topic: title,
    markingPoints: spec.markingPoints.map((point) => ({
      key: markingPointKey(point.text),
      text: point.text,
      line: point.line,
    })),
    items,
  };
}

const banks = readdirSync(samplesDir())
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ path: `samples/specs/${file}`, bank: generatedBank(join(samplesDir(), file)) }));
const schemasDir = findQtiSchemasDir();
const itWithSchemas = schemasDir ? it : it.skip;
if (!schemasDir)
  console.warn('QTI XSD validation of generated banks skipped: shared/schemas/qti-v2p1 was not found.');

describe(`${exportMoodleXml.name}, ${exportGift.name}, ${qti21Files.name} and ${exportCsv.name} on generated banks`, () => {
  it.each(banks)('should generate a bank to export from $path', ({ bank }) => {
    expect(bank.items.length).toBeGreaterThan(0);
    expect(bank.markingPoints.length).toBeGreaterThan(0);
  });

  it.each(banks)('should import the Moodle XML of $path back to the same items', ({ bank }) => {
    const sut = importMoodleXml(exportMoodleXml(bank));

    expect(sut.errors).toEqual([]);
    expect(sut.items).toEqual(expectedImports(bank));
  });

  it.each(banks)('should import the GIFT of $path back to the same items', ({ bank }) => {
    const exported = exportGift(bank);

    const sut = importGift(exported.text);

    expect(sut.errors).toEqual([]);
    expect(sut.items).toEqual(
      expectedImports(
        bank,
        exported.skipped.map((skipped) => skipped.index),
      ),
    );
  });

  itWithSchemas.each(banks)(
    'should export a QTI package for $path that the official schemas accept',
    async ({ bank }) => {
      const sut = await validateQtiFiles(qti21Files(bank), schemasDir ?? '');

      expect(sut).toEqual([]);
    },
    60_000,
  );

  it.each(banks)('should write a CSV row per item of $path', ({ bank }) => {
    const sut = exportCsv(bank);

    expect(sut.startsWith('position,id,type,')).toBe(true);
    expect(sut.match(/\r\n(?=\d+,I_)/g)).toHaveLength(bank.items.length);
  });
});
