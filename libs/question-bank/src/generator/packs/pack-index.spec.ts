import { extractLegislation } from '../facts/extract-legislation';
import { indexPacks } from './pack-index';
import { loadPacks } from './load-packs';

describe(indexPacks.name, () => {
  const sut = indexPacks(loadPacks());

  it('should find a law by its title, ignoring the year, or by its short name', () => {
    expect(sut.law('Data Protection Act 2018')?.year).toBe(2018);
    expect(sut.law('RIDDOR')?.name).toBe(
      'Reporting of Injuries, Diseases and Dangerous Occurrences Regulations',
    );
    expect(sut.law('Health and Safety at Work etc. Act')?.year).toBe(1974);
  });

  it('should find a model by acronym, alias or steps', () => {
    expect(sut.model({ name: 'LATER model', steps: [] })?.steps).toEqual([
      'Listen',
      'Apologise',
      'Thank',
      'Explain',
      'Resolve',
    ]);
    expect(sut.model({ name: 'stages of mitosis', steps: ['Plan', 'Do', 'Check', 'Act'] })?.acronym).toBe(
      'PDCA',
    );
  });

  it('should find the category a spec list heading names', () => {
    expect(sut.categoryForHead('data collection methods')?.id).toBe('data-collection-method');
    expect(sut.categoryForHead('innovation models')?.id).toBe('innovation-type');
    expect(sut.categoryForHead('colours of the rainbow')).toBeUndefined();
  });

  it('should find a term by an alias', () => {
    expect(sut.term('spreadsheets')?.term.term).toBe('Spreadsheets');
  });

  it("should give a law's keywords as extra terms for relating it", () => {
    const [law] = extractLegislation({
      text: 'the Data Protection Act 2018',
      line: 9,
      endLine: 9,
      source: 'KEY_CONCEPT',
    });
    expect(sut.extraTerms(law)).toContain('confidential');
  });

  it('should have a formula entry for every formula the business-finance pack covers', () => {
    expect(sut.formula('BREAK_EVEN_UNITS')?.parameters.sellingPrice.unit).toBe('£');
  });
});
