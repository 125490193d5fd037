import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { OrderingStrategy } from './ordering.strategy';

describe(OrderingStrategy.name, () => {
  const sut = new OrderingStrategy();

  it('should put the LATER model in its order: Listen, Apologise, Thank, Explain, Resolve', () => {
    const items = strategyContexts(sampleSpec(0), { packs: true }).flatMap((ctx) => sut.generate(ctx));
    const later = items.find((item) => item.content.stem.includes('LATER'));
    expect(later?.content).toEqual({
      type: 'ORDERING',
      stem: 'Put the steps of the LATER model in the correct order.',
      steps: [
        { id: 's1', text: 'Listen' },
        { id: 's2', text: 'Apologise' },
        { id: 's3', text: 'Thank' },
        { id: 's4', text: 'Explain' },
        { id: 's5', text: 'Resolve' },
      ],
    });
    expect(later?.provenance.lines).toContain(7);
    expect(later?.level).toBe('RECALL');
  });

  it('should keep the stages of mitosis in the order the spec gives', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    if (!cells) throw new Error('cell-biology fixture missing');
    const [item] = sut.generate(strategyContext(cells.spec, 1));
    expect(item.content.type === 'ORDERING' && item.content.steps.map((step) => step.text)).toEqual([
      'Prophase',
      'Metaphase',
      'Anaphase',
      'Telophase',
    ]);
    expect(item.content.stem).toBe('Put the stages of mitosis in the correct order.');
    expect(item.provenance.lines).toEqual([7, 24]);
  });

  it('should write nothing for a marking point with no ordered model', () => {
    expect(sut.generate(strategyContext(sampleSpec(1), 2))).toEqual([]);
  });
});
