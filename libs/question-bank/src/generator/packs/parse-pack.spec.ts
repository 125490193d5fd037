import { KnowledgePackException, KnowledgePackExceptionCode } from './knowledge-pack.exception';
import { parsePack } from './parse-pack';

const VALID = `
id: demo
name: Demo pack
categories:
  - id: tool
    label: analytical tool
    plural: analytical tools
    contrasts: [method]
    terms:
      - term: SWOT analysis
        description: sets strengths and weaknesses against opportunities and threats
      - Spreadsheets
  - id: method
    label: data collection method
    plural: data collection methods
    terms: [Surveys, Mystery shopping]
legislation:
  - name: Equality Act
    year: 2010
    covers: discrimination
    purpose: protects people from discrimination
formulas:
  - formula: GROSS_PROFIT
    names: [gross profit]
    contexts: [A shop reviews its month.]
    figures: Revenue was {revenue} and cost of sales {costOfSales}.
    question: What was its gross profit?
    decimals: 0
    tolerance: { kind: ABSOLUTE, value: 1 }
    working: Gross profit = revenue − cost of sales.
    parameters:
      revenue: { label: revenue, min: 1000, max: 2000, step: 100 }
      costOfSales: { label: cost of sales, min: 100, max: 900, step: 100 }
`;

describe(parsePack.name, () => {
  const sut = parsePack;

  it('should read a valid pack, terms written as plain strings included', () => {
    const pack = sut(VALID, 'demo.yaml');
    expect(pack).toMatchObject({ id: 'demo', name: 'Demo pack', source: 'demo.yaml' });
    expect(pack.categories[0].terms.map((term) => term.term)).toEqual(['SWOT analysis', 'Spreadsheets']);
    expect(pack.legislation[0]).toMatchObject({ name: 'Equality Act', year: 2010, aliases: [] });
    expect(pack.formulas[0].parameters.revenue).toEqual({
      label: 'revenue',
      min: 1000,
      max: 2000,
      step: 100,
    });
  });

  it('should name the file and every path at fault', () => {
    const broken = VALID.replace('min: 1000', 'min: lots')
      .replace('formula: GROSS_PROFIT', 'formula: GROSS_MARGINS')
      .replace('year: 2010', 'year: soon');
    const exception = thrownBy(() => sut(broken, 'packs/broken.yaml'));
    expect(exception).toBeInstanceOf(KnowledgePackException);
    expect(exception.code).toBe(KnowledgePackExceptionCode.INVALID_PACK);
    expect(exception.message).toContain('packs/broken.yaml');
    expect(exception.message).toContain('pack.legislation[0].year: must be a finite number');
    expect(exception.message).toContain('pack.formulas[0].formula: is not in the formula table');
    expect(exception.message).toContain('pack.formulas[0].parameters.revenue.min: must be a finite number');
    expect(exception.details).toContainEqual({
      field: 'packs/broken.yaml#pack.legislation[0].year',
      message: 'must be a finite number',
    });
  });

  it('should refuse parameters that are not the formula inputs and a figures sentence without placeholders', () => {
    const wrong = VALID.replace('costOfSales: { label', 'costs: { label').replace(
      '{costOfSales}',
      'some amount',
    );
    expect(() => sut(wrong, 'wrong.yaml')).toThrow(
      /parameters.costOfSales: is required by GROSS_PROFIT.*parameters.costs: is not an input/,
    );
    expect(() => sut(wrong, 'wrong.yaml')).toThrow(/figures: has no \{costOfSales\} placeholder/);
  });

  it('should refuse a contrast naming no category of the pack', () => {
    expect(() => sut(VALID.replace('contrasts: [method]', 'contrasts: [nowhere]'), 'x.yaml')).toThrow(
      /contrasts: names no category of this pack: nowhere/,
    );
  });

  it('should report YAML syntax errors with the line', () => {
    expect(() => sut('id: [unclosed', 'bad.yaml')).toThrow(/bad.yaml is not valid YAML at line 1/);
  });
});

function thrownBy(run: () => unknown): KnowledgePackException {
  try {
    run();
  } catch (error) {
    return error as KnowledgePackException;
  }
  throw new Error('expected an exception');
}
