import { markingPointKey } from '@markpoint/spec';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { buildFactBase } from './build-fact-base';
import type { ModelFact } from './fact-types';

describe(buildFactBase.name, () => {
  const sut = (index: 0 | 1) => buildFactBase(sampleSpec(index), { markingPointKey });

  it('should key every marking point with the spec lib and keep its line', () => {
    const base = sut(0);
    expect(base.markingPoints.map((point) => point.line)).toEqual([23, 24, 25, 26, 27]);
    expect(base.markingPoints[0].key).toBe(markingPointKey(sampleSpec(0).markingPoints[0].text));
  });

  it('should find the models, laws and calculations of the samples with their lines', () => {
    const facts = [...sut(0).facts, ...sut(1).facts];
    const models = facts
      .filter((fact): fact is ModelFact => fact.kind === 'MODEL')
      .map((model) => [model.acronym, model.lines]);
    expect(models).toEqual([
      ['LATER', [7]],
      ['LASS', [6]],
      ['PDCA', [9]],
    ]);
    expect(
      sut(1)
        .facts.filter((fact) => fact.kind === 'CALCULATION')
        .map((fact) => fact.kind === 'CALCULATION' && fact.formula),
    ).toEqual(['GROSS_PROFIT', 'NET_PROFIT', 'BREAK_EVEN_UNITS', 'VARIANCE', 'VARIANCE_PERCENT']);
  });

  it("should relate each marking point to its own line's facts and to related material", () => {
    const point = sut(1).markingPoints[0];
    const kinds = point.related.map((related) => `${related.fact.kind}:${related.fact.lines.join(',')}`);
    expect(kinds[0]).toBe('CATEGORY:23');
    expect(kinds).toContain('MISCONCEPTION:19');
    expect(point.actions.map((action) => action.verb)).toEqual(['identify', 'explain']);
  });

  it('should merge a model named on two lines into one fact with both lines and the better name', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    const models = buildFactBase(cells?.spec ?? sampleSpec(0), { markingPointKey }).facts.filter(
      (fact) => fact.kind === 'MODEL',
    );
    expect(models).toHaveLength(1);
    expect(models[0]).toMatchObject({ name: 'stages of mitosis', lines: [7, 24], ordered: true });
  });

  it('should give every fact at least one line', () => {
    for (const file of specFiles()) {
      for (const fact of buildFactBase(file.spec, { markingPointKey }).facts)
        expect(fact.lines.length).toBeGreaterThan(0);
    }
  });
});
