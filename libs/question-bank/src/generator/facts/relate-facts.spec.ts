import { extractLegislation } from './extract-legislation';
import { extractMisconception } from './extract-misconceptions';
import { extractModels } from './extract-models';
import { sampleSpec } from '../testing/spec-files';
import { inverseDocumentFrequency, OWN_LINE_SCORE, relateFacts } from './relate-facts';

describe(relateFacts.name, () => {
  const sut = relateFacts;
  const points = [
    { text: 'Credit for correctly identifying relevant sources of competitor and market data.', line: 25 },
    {
      text: 'Assessors must check for appropriate handling of confidential customer information in accordance with data protection legislation.',
      line: 27,
    },
  ];
  const overlooking = extractMisconception({
    text: 'Overlooking confidentiality and data protection requirements.',
    line: 20,
    endLine: 20,
    source: 'MISCONCEPTION',
  });
  const laws = extractLegislation({
    text: 'Understanding key legislation such as the Consumer Rights Act 2015, Equality Act 2010, and Data Protection Act 2018.',
    line: 9,
    endLine: 9,
    source: 'KEY_CONCEPT',
  });
  const spec = sampleSpec(0);
  const idf = inverseDocumentFrequency(
    [
      ...spec.synopsis,
      ...spec.keyConcepts,
      ...spec.examTips,
      ...spec.misconceptions,
      ...spec.markingPoints,
    ].map((line) => line.text),
  );

  it('should relate a misconception to the marking point whose words it shares', () => {
    const [first, second] = sut(points, [overlooking, ...laws], idf);
    expect(first.related.map((related) => related.fact)).not.toContain(overlooking);
    expect(second.related.map((related) => related.fact)).toContain(overlooking);
  });

  it('should relate a law to the point that speaks of it and not to the others', () => {
    const [first, second] = sut(points, laws, idf);
    const dataProtection = laws.find((law) => law.name === 'Data Protection Act');
    expect(second.related.map((related) => related.fact)).toContain(dataProtection);
    expect(first.related.map((related) => related.fact)).not.toContain(dataProtection);
  });

  it("should give a fact on the marking point's own line the highest score", () => {
    const [model] = extractModels({
      text: "use of the 'LATER' model (Listen, Apologise, Thank, Explain, Resolve)",
      line: 25,
      endLine: 25,
      source: 'MARKING_POINT',
    });
    const [first] = sut(points, [model], idf);
    expect(first.related).toEqual([{ fact: model, score: OWN_LINE_SCORE }]);
  });

  it('should add the words a pack knows about a fact', () => {
    const [model] = extractModels({
      text: "the 'LATER' model (Listen, Apologise, Thank, Explain, Resolve)",
      line: 7,
      endLine: 7,
      source: 'KEY_CONCEPT',
    });
    const [, second] = sut(points, [model], idf, () => 'confidential customer information');
    expect(second.related.map((related) => related.fact)).toContain(model);
  });
});
