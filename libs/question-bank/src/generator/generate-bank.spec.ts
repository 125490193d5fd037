import { drawParameters, numericKey, type ItemDraft } from '@markpoint/grading';
import { markingPointKey } from '@markpoint/spec';
import { coverageReport } from '../quality/coverage-report';
import { lintBank } from '../quality/lint-bank';
import { checkOptionsOf } from './alignment-targets';
import {
  generateBank,
  MIN_SOUND_ITEMS,
  UNPUBLISHED_FAMILIES,
  type GenerateBankOptions,
} from './generate-bank';
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
      'should publish only items without an error-level flaw for %s, and report every marking point it cannot cover',
      (_name, file) => {
        const { items, gaps } = sut(file.spec, options(usePacks));
        const points = file.spec.markingPoints.map((point) => ({
          key: markingPointKey(point.text),
          text: point.text,
          line: point.line,
        }));
        const coverage = coverageReport(items, points, { minItems: MIN_SOUND_ITEMS, minTypes: 1 });
        const short = coverage.markingPoints.filter((point) => !point.ok).map((point) => point.key);
        expect(gaps.map((gap) => gap.markingPointKey).sort()).toEqual([...short].sort());
        for (const gap of gaps) expect(gap.message).toMatch(/^needs a teacher-written item: /);
        expect(coverage.unaligned).toBe(0);
        const errors = lintBank(items, checkOptionsOf(file.spec)).filter(
          (finding) => finding.severity === 'ERROR',
        );
        expect(errors).toEqual([]);
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
    expect(lintBank(other.items).filter((finding) => finding.severity === 'ERROR')).toEqual([]);
  });

  it('should order the LATER model as Listen, Apologise, Thank, Explain, Resolve', () => {
    // Sample 000 has no marking point asking for the model's order, so the item is a candidate only.
    const candidates: ItemDraft[] = [];
    sut(sampleSpec(0), options(true, { onCandidate: (item) => candidates.push(item) }));
    const ordering = candidates.find(
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
      if (item.generator.strategy.includes('misconception')) expect(item.level).toBe('UNDERSTAND');
    }
  });

  it('should never publish exam advice, a statement and its mirror, or one misconception twice', () => {
    for (const file of specFiles()) {
      const { items } = sut(file.spec, options(true));
      expect(items.filter((item) => item.generator.strategy.endsWith(':tip'))).toEqual([]);
      const statements = items.flatMap((item) =>
        item.content.type === 'TRUE_FALSE' ? [item.content.stem] : [],
      );
      expect(new Set(statements).size).toBe(statements.length);
      const stated = new Set(
        file.spec.misconceptions.map((line) => line.text.replace(/^[-•*\d.)\s]+/, '').replace(/\.$/, '')),
      );
      const mistakes = items.flatMap((item) =>
        (item.evidence?.phrases ?? []).filter((phrase) => stated.has(phrase)),
      );
      expect(new Set(mistakes).size).toBe(mistakes.length);
    }
  });

  it('should never publish a family the judges found unusable on unseen specifications', () => {
    for (const file of specFiles())
      for (const item of sut(file.spec, options(true)).items)
        expect(UNPUBLISHED_FAMILIES.has(item.generator.strategy)).toBe(false);
  });

  it('should write feedback that explains rather than pointing to a line of the specification', () => {
    const items = specFiles().flatMap((file) => sut(file.spec, options(true)).items);
    for (const item of items) {
      expect(item.feedback.correct).not.toMatch(/line \d+ of the specification/);
      expect(item.feedback.incorrect).not.toMatch(/line \d+ of the specification/);
      expect(item.feedback.incorrect.trim()).not.toBe('');
    }
  });

  it('should record the evidence an item rests on and a confidence', () => {
    const { items } = sut(sampleSpec(0), options(true));
    for (const item of items) {
      expect(item.evidence?.lines.length).toBeGreaterThan(0);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  });
});
