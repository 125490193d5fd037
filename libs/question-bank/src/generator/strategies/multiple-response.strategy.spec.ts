import type { MultipleResponseContent } from '@markpoint/grading';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { MultipleResponseStrategy } from './multiple-response.strategy';

const responses = (items: ReturnType<MultipleResponseStrategy['generate']>): MultipleResponseContent[] =>
  items.flatMap((item) => (item.content.type === 'MULTIPLE_RESPONSE' ? [item.content] : []));
const keysOf = (content: MultipleResponseContent): string[] =>
  content.options
    .filter((option) => content.correctOptionIds.includes(option.id))
    .map((option) => option.text);

describe(MultipleResponseStrategy.name, () => {
  const sut = new MultipleResponseStrategy();

  it('should select the analytical tools of sample 000 line 23 among data collection methods', () => {
    for (const packs of [true, false]) {
      const tools = responses(sut.generate(strategyContext(sampleSpec(0), 0, { packs }))).find(
        (content) => content.stem === 'Which of the following are analytical tools? Select all that apply.',
      );
      if (!tools) throw new Error('no analytical tools item');
      expect(keysOf(tools).sort()).toEqual(['SWOT analysis', 'Spreadsheets']);
      const wrong = tools.options
        .filter((option) => !tools.correctOptionIds.includes(option.id))
        .map((option) => option.text.toLowerCase());
      expect(wrong.some((text) => ['swot analysis', 'spreadsheets'].includes(text))).toBe(false);
    }
  });

  it('should have at least two keys and two distractors in every item', () => {
    for (const file of specFiles()) {
      for (const content of responses(
        strategyContexts(file.spec, { packs: true }).flatMap((ctx) => sut.generate(ctx)),
      )) {
        expect(content.correctOptionIds.length).toBeGreaterThanOrEqual(2);
        expect(content.options.length - content.correctOptionIds.length).toBeGreaterThanOrEqual(2);
        expect(content.stem).toMatch(/select/i);
      }
    }
  });

  it('should take the parts of a model as keys and parts of other models as distractors', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    if (!cells) throw new Error('cell-biology fixture missing');
    const stages = responses(sut.generate(strategyContext(cells.spec, 1, { packs: true }))).find((content) =>
      content.stem.includes('stages of mitosis'),
    );
    expect(stages && keysOf(stages).sort()).toEqual(['Anaphase', 'Metaphase', 'Prophase', 'Telophase']);
  });

  it("should include one of the marking point's own misconceptions in a statements item", () => {
    const items = sut.generate(strategyContext(sampleSpec(1), 4));
    const statements = items.find((item) => item.generator.strategy === 'multiple-response:statements');
    expect(statements?.level).toBe('ANALYSE');
    const texts =
      statements?.content.type === 'MULTIPLE_RESPONSE'
        ? statements.content.options.map((option) => option.text)
        : [];
    expect(texts.some((text) => /sales and marketing/i.test(text))).toBe(true);
  });
});
