import { extractTermPairs } from './extract-term-pairs';

const concept = (text: string, name: string) =>
  extractTermPairs({ text, line: 6, endLine: 6, source: 'KEY_CONCEPT', concept: name });

describe(extractTermPairs.name, () => {
  const sut = concept;

  it('should read organelles and their functions from one sentence', () => {
    const [fact] = sut(
      'The nucleus controls the activities of the cell, mitochondria are the site of aerobic respiration and ribosomes are the site of protein synthesis; plant cells also have a cellulose cell wall, chloroplasts for photosynthesis and a permanent vacuole filled with cell sap.',
      'Cell organelles',
    );
    expect(fact.head).toBe('Cell organelles');
    expect(fact.pairs.map(({ term, description }) => [term, description])).toEqual([
      ['Nucleus', 'controls the activities of the cell'],
      ['Mitochondria', 'the site of aerobic respiration'],
      ['Ribosomes', 'the site of protein synthesis'],
      ['Chloroplasts', 'photosynthesis'],
    ]);
  });

  it('should read pricing strategies that share a verb', () => {
    const [fact] = sut(
      'Penetration pricing sets a low price to gain market share, price skimming sets a high launch price for an innovative product, and cost-plus pricing adds a fixed percentage mark-up to the unit cost.',
      'Pricing strategies',
    );
    expect(fact.pairs.map((pair) => pair.term)).toEqual([
      'Penetration pricing',
      'Price skimming',
      'Cost-plus pricing',
    ]);
  });

  it('should not mistake an ordinary sentence for definitions', () => {
    expect(
      sut(
        'only authorised people can read the data, the data is accurate and has not been altered, and systems are available to authorised users.',
        'CIA triad',
      ),
    ).toEqual([]);
  });
});
