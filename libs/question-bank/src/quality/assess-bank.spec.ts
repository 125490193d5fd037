import { assessBank } from './assess-bank';
import { MARKING_POINTS, makeCleanBank } from './testing/make-bank';
import { makeItem, orderingContent, trueFalseContent } from './testing/make-item';

describe(assessBank.name, () => {
  const sut = assessBank;

  it('should pass a clean bank that covers every marking point', () => {
    expect(sut(makeCleanBank(), MARKING_POINTS)).toEqual(
      expect.objectContaining({
        ok: true,
        summary: { lintErrors: 0, lintWarnings: 0, markingPoints: 2, markingPointsCovered: 2 },
        findings: [],
        itemsByType: {
          SINGLE_CHOICE: 9,
          MULTIPLE_RESPONSE: 1,
          TRUE_FALSE: 1,
          ORDERING: 1,
          MATCHING: 1,
          NUMERIC: 1,
          SHORT_ANSWER: 1,
          EXTENDED_RESPONSE: 1,
        },
      }),
    );
  });

  it('should fail a bank with a lint error', () => {
    const items = makeCleanBank();
    items[0] = { ...items[0], markingPointKeys: [...items[0].markingPointKeys, 'bad-key'] };
    const assessment = sut(items, MARKING_POINTS);
    expect(assessment.ok).toBe(false);
    expect(assessment.summary).toEqual({
      lintErrors: 1,
      lintWarnings: 0,
      markingPoints: 2,
      markingPointsCovered: 2,
    });
  });

  it('should pass a bank with warnings only', () => {
    const items = makeCleanBank();
    items[6] = makeItem(trueFalseContent({ stem: 'An SLA is a contract' }), {
      markingPointKeys: items[6].markingPointKeys,
    });
    const assessment = sut(items, MARKING_POINTS);
    expect(assessment.ok).toBe(true);
    expect(assessment.summary.lintWarnings).toBe(1);
    expect(assessment.findings.map((finding) => finding.rule)).toEqual(['true-false']);
  });

  it('should fail a lint-clean bank that leaves a marking point uncovered', () => {
    const extra = { key: 'mp-ffffffffff', text: 'Name three complaint channels', line: 30 };
    const assessment = sut(makeCleanBank(), [...MARKING_POINTS, extra]);
    expect(assessment.ok).toBe(false);
    expect(assessment.summary).toEqual({
      lintErrors: 0,
      lintWarnings: 0,
      markingPoints: 3,
      markingPointsCovered: 2,
    });
    expect(assessment.coverage.markingPoints[2].reason).toBe(
      'needs a teacher-written item: 0 items of 0 types; needs at least 3 items of at least 2 types',
    );
  });

  it('should apply a custom coverage rule and the ordered facts', () => {
    const items = makeCleanBank();
    const pdca = items.findIndex((item) => item.content.type === 'ORDERING');
    const content = orderingContent();
    content.steps.reverse();
    items[pdca] = { ...items[pdca], content };
    const assessment = sut(items, MARKING_POINTS, {
      coverage: { minItems: 9, minTypes: 1 },
      orderedFacts: [{ lines: [12], steps: ['Plan', 'Do', 'Check', 'Act'] }],
    });
    expect(assessment.findings.map((finding) => [finding.itemIndex, finding.rule])).toEqual([
      [pdca, 'ordering-key'],
    ]);
    expect(assessment.summary.markingPointsCovered).toBe(0);
    expect(assessment.ok).toBe(false);
  });
});
