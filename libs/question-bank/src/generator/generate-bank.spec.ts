import { drawParameters, numericKey, type ItemDraft } from '@markpoint/grading';
import { markingPointKey } from '@markpoint/spec';
import { coverageReport } from '../quality/coverage-report';
import { lintBank } from '../quality/lint-bank';
import { orderedFactsOf } from './facts/ordered-facts';
import { generateBank, type GenerateBankOptions } from './generate-bank';
import { GENERATOR_VERSION } from './generator-version';
import { loadPacks } from './packs/load-packs';
import { lineTexts, sampleSpec, specFiles } from './testing/spec-files';

const packs = loadPacks();
const options = (usePacks: boolean, overrides: Partial<GenerateBankOptions> = {}): GenerateBankOptions => ({
  specId: 'spec-1',
  specVersion: 3,
  seed: 'bank-seed',
  packs: usePacks ? packs : [],
  ...overrides,
});

describe(generateBank.name, () => {
  const sut = generateBank;

  describe.each([
    ['with the shipped packs', true],
    ['from the text alone (packs disabled)', false],
  ])('%s', (_, usePacks) => {
    it.each(specFiles().map((file) => [file.name, file] as const))(
      'should cover every marking point of %s with a clean lint',
      (_name, file) => {
        const { items } = sut(file.spec, options(usePacks));
        const points = file.spec.markingPoints.map((point) => ({
          key: markingPointKey(point.text),
          text: point.text,
          line: point.line,
        }));
        const coverage = coverageReport(items, points);
        expect(coverage.markingPoints.filter((point) => !point.ok)).toEqual([]);
        expect(coverage.unaligned).toBe(0);
        expect(lintBank(items, { orderedFacts: orderedFactsOf(file.spec) })).toEqual([]);
      },
    );

    it.each(specFiles().map((file) => [file.name, file] as const))(
      'should trace every item of %s to its marking point line',
      (_name, file) => {
        const { items } = sut(file.spec, options(usePacks));
        const lines = lineTexts(file.spec);
        for (const item of items) {
          const [key] = item.markingPointKeys;
          const point = file.spec.markingPoints.find((candidate) => markingPointKey(candidate.text) === key);
          expect(point).toBeDefined();
          expect(item.provenance).toMatchObject({ specId: 'spec-1', specVersion: 3 });
          expect(item.provenance.lines).toContain(point?.line);
          for (const line of item.provenance.lines) expect(lines.has(line)).toBe(true);
          expect(item.generator).toMatchObject({ version: GENERATOR_VERSION, seed: 'bank-seed' });
        }
      },
    );
  });

  it('should give the same bank for the same spec, version and seed, and another for another seed', () => {
    const spec = sampleSpec(1);
    const first = sut(spec, options(true));
    expect(sut(spec, options(true))).toEqual(first);
    expect(first.generatorVersion).toBe(GENERATOR_VERSION);
    const other = sut(spec, options(true, { seed: 'another-seed' }));
    expect(other.items).not.toEqual(first.items);
    expect(lintBank(other.items)).toEqual([]);
  });

  it('should order the LATER model as Listen, Apologise, Thank, Explain, Resolve', () => {
    const ordering = sut(sampleSpec(0), options(true)).items.find(
      (item) => item.content.type === 'ORDERING' && item.content.stem.includes('LATER'),
    );
    const steps =
      ordering?.content.type === 'ORDERING' ? ordering.content.steps.map((step) => step.text) : [];
    expect(steps).toEqual(['Listen', 'Apologise', 'Thank', 'Explain', 'Resolve']);
  });

  it('should key the gross profit calculation as revenue minus cost of sales for every attempt', () => {
    const numeric = sut(sampleSpec(1), options(true)).items.filter((item) => item.content.type === 'NUMERIC');
    const grossProfit = numeric.find(
      (item) => item.content.type === 'NUMERIC' && item.content.formula === 'GROSS_PROFIT',
    );
    if (grossProfit?.content.type !== 'NUMERIC') throw new Error('no gross profit item');
    for (const attempt of ['attempt-1', 'attempt-2', 'attempt-3']) {
      const values = drawParameters(grossProfit.content, attempt);
      expect(numericKey(grossProfit.content, values)).toBe(values.revenue - values.costOfSales);
    }
  });

  it('should spread single-choice keys over the option positions', () => {
    const items = specFiles().flatMap((file) => sut(file.spec, options(true)).items);
    const positions = items.flatMap((item) =>
      item.content.type === 'SINGLE_CHOICE'
        ? [
            item.content.options.findIndex(
              (option) => option.id === (item.content as { correctOptionId: string }).correctOptionId,
            ),
          ]
        : [],
    );
    const counts = [0, 1, 2, 3].map((position) => positions.filter((found) => found === position).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(positions.length / 2);
  });

  it('should generate only the requested types and at most the requested number per marking point', () => {
    const { items } = sut(
      sampleSpec(0),
      options(true, { types: ['SINGLE_CHOICE', 'TRUE_FALSE'], itemsPerMarkingPoint: 3 }),
    );
    expect(new Set(items.map((item) => item.content.type))).toEqual(new Set(['SINGLE_CHOICE', 'TRUE_FALSE']));
    const perPoint = new Map<string, number>();
    for (const item of items)
      perPoint.set(item.markingPointKeys[0], (perPoint.get(item.markingPointKeys[0]) ?? 0) + 1);
    expect(Math.max(...perPoint.values())).toBeLessThanOrEqual(3);
  });

  it('should give each item the level its kind of question tests', () => {
    const items: ItemDraft[] = specFiles().flatMap((file) => sut(file.spec, options(true)).items);
    for (const item of items) {
      if (item.content.type === 'ORDERING') expect(item.level).toBe('RECALL');
      if (item.content.type === 'NUMERIC') expect(item.level).toBe('APPLY');
      if (item.generator.strategy.includes('misconception')) expect(item.level).toBe('ANALYSE');
    }
  });
});
