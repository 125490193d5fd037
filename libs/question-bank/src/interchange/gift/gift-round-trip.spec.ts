import { ITEM_TYPES } from '@markpoint/grading';
import { expectedImports } from '../testing/expected-imports';
import { sampleBanks } from '../testing/sample-bank';
import { exportGift } from './export-gift';
import { importGift } from './import-gift';

// GIFT keeps no ids for options, pairs or criteria (they come back numbered by position), one
// marking point per question and no provenance. Ordering items are not exported at all.
describe(`${exportGift.name} then ${importGift.name}`, () => {
  it.each(sampleBanks())('should give back every exported item of the $name bank', ({ bank }) => {
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

  it('should round-trip every item type but ordering', () => {
    const sut = importGift(exportGift(sampleBanks()[0].bank).text);
    const types = new Set(sut.items.map((item) => item.content.type));

    expect([...types].sort()).toEqual(ITEM_TYPES.filter((type) => type !== 'ORDERING').sort());
  });
});
