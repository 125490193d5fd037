import { ITEM_TYPES } from '@markpoint/grading';
import { expectedImports } from '../testing/expected-imports';
import { sampleBanks } from '../testing/sample-bank';
import { exportMoodleXml } from './export-moodle-xml';
import { importMoodleXml } from './import-moodle-xml';

// Moodle XML keeps no ids for options, steps, pairs or criteria: they come back numbered by
// position. It keeps one marking point per question (the first) and nothing of provenance.
describe(`${exportMoodleXml.name} then ${importMoodleXml.name}`, () => {
  it.each(sampleBanks())('should give back every item of the $name bank', ({ bank }) => {
    const sut = importMoodleXml(exportMoodleXml(bank));

    expect(sut.errors).toEqual([]);
    expect(sut.items).toEqual(expectedImports(bank));
  });

  it('should round-trip every item type', () => {
    const sut = importMoodleXml(exportMoodleXml(sampleBanks()[0].bank));
    const types = new Set(sut.items.map((item) => item.content.type));

    expect([...types].sort()).toEqual([...ITEM_TYPES].sort());
  });
});
