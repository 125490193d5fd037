import type { MatchingContent } from '@markpoint/grading';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { MatchingStrategy } from './matching.strategy';

const matchings = (items: ReturnType<MatchingStrategy['generate']>): MatchingContent[] =>
  items.flatMap((item) => (item.content.type === 'MATCHING' ? [item.content] : []));

describe(MatchingStrategy.name, () => {
  const sut = new MatchingStrategy();

  it('should match organelles to what the spec says they do', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    if (!cells) throw new Error('cell-biology fixture missing');
    const [organelles] = matchings(sut.generate(strategyContext(cells.spec, 3)));
    expect(organelles.stem).toBe('Match each cell organelle to its description.');
    expect(organelles.pairs).toContainEqual({
      id: expect.any(String) as string,
      prompt: 'Mitochondria',
      answer: 'The site of aerobic respiration',
    });
    expect(organelles.pairs).toContainEqual({
      id: expect.any(String) as string,
      prompt: 'Ribosomes',
      answer: 'The site of protein synthesis',
    });
  });

  it('should keep every matching one-to-one with at least three pairs', () => {
    for (const file of specFiles()) {
      for (const content of matchings(
        strategyContexts(file.spec, { packs: true }).flatMap((ctx) => sut.generate(ctx)),
      )) {
        expect(content.pairs.length).toBeGreaterThanOrEqual(3);
        expect(new Set(content.pairs.map((pair) => pair.prompt)).size).toBe(content.pairs.length);
        expect(new Set(content.pairs.map((pair) => pair.answer)).size).toBe(content.pairs.length);
        expect(new Set(content.pairs.map((pair) => pair.id)).size).toBe(content.pairs.length);
        for (const extra of content.distractors)
          expect(content.pairs.map((pair) => pair.answer)).not.toContain(extra);
      }
    }
  });

  it('should match Acts to what they do from the legislation pack', () => {
    const laws = matchings(sut.generate(strategyContext(sampleSpec(0), 4, { packs: true }))).find((content) =>
      content.stem.includes('legislation'),
    );
    expect(laws?.pairs.find((pair) => pair.prompt === 'Data Protection Act 2018')?.answer).toMatch(
      /personal data/,
    );
  });
});
