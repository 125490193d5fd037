import type { ItemDraft } from '@markpoint/grading';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { TrueFalseStrategy } from './true-false.strategy';

const statements = (items: ItemDraft[]): { stem: string; correct: boolean; item: ItemDraft }[] =>
  items.flatMap((item) =>
    item.content.type === 'TRUE_FALSE'
      ? [{ stem: item.content.stem, correct: item.content.correct, item }]
      : [],
  );

describe(TrueFalseStrategy.name, () => {
  const sut = new TrueFalseStrategy();

  it('should judge the misconception of sample 000 line 17 false and its correction true', () => {
    const found = statements(sut.generate(strategyContext(sampleSpec(0), 0)));
    expect(found).toContainEqual(
      expect.objectContaining({
        stem: 'Correlation and causation mean the same thing when interpreting sales trends.',
        correct: false,
      }),
    );
    const mistaken = found.find((statement) => !statement.correct);
    expect(mistaken?.item.level).toBe('ANALYSE');
    expect(mistaken?.item.feedback.correct).toContain('Confusing correlation with causation');
  });

  it('should state the order of two steps the way the spec orders them', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    if (!cells) throw new Error('cell-biology fixture missing');
    const order = ['Prophase', 'Metaphase', 'Anaphase', 'Telophase'];
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const statement = statements(sut.generate(strategyContext(cells.spec, 1, { seed }))).find((candidate) =>
        candidate.stem.includes('comes before'),
      );
      const [, first, second] = /‘(\w+)’ comes before ‘(\w+)’/.exec(statement?.stem ?? '') ?? [];
      expect(statement?.correct).toBe(order.indexOf(first) < order.indexOf(second));
    }
  });

  it('should end every statement with a full stop and never open with a question word', () => {
    for (const file of specFiles()) {
      for (const { stem } of statements(
        strategyContexts(file.spec, { packs: true }).flatMap((ctx) => sut.generate(ctx)),
      )) {
        expect(stem).toMatch(/\.$/);
        expect(stem).not.toMatch(/^(?:what|which|when|where|why|how|is|are|do|does)\b/i);
      }
    }
  });

  it("should state a law's purpose, or another law's, when a pack knows them", () => {
    const law = statements(sut.generate(strategyContext(sampleSpec(0), 4, { packs: true }))).find(
      (statement) => statement.item.generator.strategy === 'true-false:law',
    );
    expect(law?.stem).toMatch(/^The Data Protection Act 2018 /);
    if (law?.correct === false) expect(law.item.feedback.correct).toMatch(/That describes the/);
  });
});
