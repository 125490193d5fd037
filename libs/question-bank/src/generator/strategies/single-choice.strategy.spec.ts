import { FORMULAS, type ItemDraft, type SingleChoiceContent } from '@markpoint/grading';
import { contentStems } from '../facts/tokens';
import { lineTexts, packText, sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { SingleChoiceStrategy } from './single-choice.strategy';

const keyOf = (content: SingleChoiceContent): string =>
  content.options.find((option) => option.id === content.correctOptionId)?.text ?? '';
const single = (items: ItemDraft[]): { item: ItemDraft; content: SingleChoiceContent }[] =>
  items.flatMap((item) => (item.content.type === 'SINGLE_CHOICE' ? [{ item, content: item.content }] : []));
// Words a generated statement adds around the spec's own words.
const TEMPLATE_WORDS = new Set(
  contentStems(
    'mean same thing important necessary acceptable correct practice safely overlooked treated selected suit considered present presented include should also wrong',
  ),
);

describe(SingleChoiceStrategy.name, () => {
  const sut = new SingleChoiceStrategy();
  const packs = packText();

  it('should give every item exactly one key among three or four distinct options, each with feedback', () => {
    for (const file of specFiles()) {
      for (const { content } of single(
        strategyContexts(file.spec, { packs: true }).flatMap((ctx) => sut.generate(ctx)),
      )) {
        expect(content.options.length).toBeGreaterThanOrEqual(3);
        expect(content.options.filter((option) => option.id === content.correctOptionId)).toHaveLength(1);
        expect(new Set(content.options.map((option) => option.text.toLowerCase())).size).toBe(
          content.options.length,
        );
        for (const option of content.options) expect(option.feedback).toBeTruthy();
        expect(content.options.map((option) => option.text).join(' ')).not.toMatch(
          /all of the above|none of the above/i,
        );
      }
    }
  });

  it.each([
    ['the lines the item cites or the formula table, without packs', false],
    ['those or a pack, with packs', true],
  ])('should take every key from %s', (_, usePacks) => {
    const formulas = Object.values(FORMULAS)
      .map((formula) => `${formula.name} ${formula.describe.replace(/([a-z])([A-Z])/g, '$1 $2')}`)
      .join(' ');
    for (const file of specFiles()) {
      const lines = lineTexts(file.spec);
      for (const { item, content } of single(
        strategyContexts(file.spec, { packs: usePacks }).flatMap((ctx) => sut.generate(ctx)),
      )) {
        const cited = item.provenance.lines.map((line) => lines.get(line) ?? '').join(' ');
        const sources = new Set(contentStems(`${cited} ${formulas} ${usePacks ? packs : ''}`));
        const missing = contentStems(keyOf(content)).filter(
          (stem) => !sources.has(stem) && !TEMPLATE_WORDS.has(stem),
        );
        expect({ file: file.name, stem: content.stem, missing }).toEqual({
          file: file.name,
          stem: content.stem,
          missing: [],
        });
      }
    }
  });

  it('should ask for the formula of gross profit with other formulas as distractors', () => {
    const items = single(sut.generate(strategyContext(sampleSpec(1), 2)));
    const formula = items.find(
      ({ content }) => content.stem === 'Which of the following is the formula for gross profit?',
    );
    expect(formula && keyOf(formula.content)).toBe('Revenue − cost of sales');
    // Every distractor is another formula (an operator between quantities), never a term.
    const distractors =
      formula?.content.options.filter((option) => option.text !== 'Revenue − cost of sales') ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    for (const option of distractors) expect(option.text).toMatch(/[−÷×]/);
  });

  it('should ask which data collection method is which, with other methods from the pack', () => {
    const items = single(sut.generate(strategyContext(sampleSpec(0), 1, { packs: true })));
    const membership = items.find(
      ({ content }) => content.stem === 'Which of the following is a data collection method?',
    );
    expect(['Surveys', 'CRM systems', 'Mystery shopping']).toContain(membership && keyOf(membership.content));
    const wrong =
      membership?.content.options.filter((option) => option.id !== membership.content.correctOptionId) ?? [];
    expect(
      wrong.every((option) => /analytical tool|not a data collection method/.test(option.feedback ?? '')),
    ).toBe(true);
  });

  it('should ask which Act protects personal data when a pack knows what the Acts do', () => {
    const items = single(sut.generate(strategyContext(sampleSpec(0), 4, { packs: true })));
    const law = items.find(({ content }) => content.stem.startsWith('Which piece of legislation'));
    expect(law && keyOf(law.content)).toBe('Data Protection Act 2018');
    expect(law?.item.level).toBe('RECALL');
  });

  it('should rank the items about the marking point’s own content first', () => {
    const [first] = single(sut.generate(strategyContext(sampleSpec(1), 0, { packs: true })));
    expect(first.item.provenance.lines).toContain(23);
  });
});
