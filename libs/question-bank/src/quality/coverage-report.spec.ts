import { coverageReport } from './coverage-report';
import { MARKING_POINTS, makeCleanBank } from './testing/make-bank';
import {
  MP_KEY,
  OTHER_MP_KEY,
  makeItem,
  shortAnswerContent,
  singleChoiceContent,
  trueFalseContent,
} from './testing/make-item';

const SLA = MARKING_POINTS[0];
const PDCA = MARKING_POINTS[1];

describe(coverageReport.name, () => {
  const sut = coverageReport;

  it('should report each marking point with its items, types and levels', () => {
    const items = [
      makeItem(singleChoiceContent(), { level: 'APPLY' }),
      makeItem(trueFalseContent()),
      makeItem(singleChoiceContent({ stem: 'Another?' }), { markingPointKeys: [MP_KEY, OTHER_MP_KEY] }),
      makeItem(shortAnswerContent(), { level: 'ANALYSE' }),
    ];
    expect(sut(items, [SLA])).toEqual({
      ok: true,
      markingPoints: [
        {
          ...SLA,
          items: 4,
          types: ['SINGLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER'],
          levels: ['RECALL', 'APPLY', 'ANALYSE'],
          ok: true,
          reason: null,
        },
      ],
      unaligned: 0,
    });
  });

  it('should explain a marking point with too few items of too few types', () => {
    const items = [1, 2, 3].map((n) => makeItem(singleChoiceContent({ stem: `Q${n}?` })));
    const report = sut(items, [SLA]);
    expect(report.ok).toBe(false);
    expect(report.markingPoints[0].reason).toBe(
      'needs a teacher-written item: 3 items of 1 type (SINGLE_CHOICE); needs at least 3 items of at least 2 types',
    );
  });

  it('should explain enough items of one type', () => {
    const items = [1, 2, 3, 4].map((n) => makeItem(singleChoiceContent({ stem: `Q${n}?` })));
    expect(sut(items, [SLA]).markingPoints[0].reason).toBe(
      'needs a teacher-written item: 4 items of 1 type (SINGLE_CHOICE); needs at least 3 items of at least 2 types',
    );
  });

  it('should explain a marking point without items', () => {
    expect(sut([], [SLA]).markingPoints[0]).toEqual({
      ...SLA,
      items: 0,
      types: [],
      levels: [],
      ok: false,
      reason: 'needs a teacher-written item: 0 items of 0 types; needs at least 3 items of at least 2 types',
    });
  });

  it('should apply a custom rule', () => {
    const items = [makeItem(singleChoiceContent())];
    const report = sut(items, [SLA], { minItems: 1, minTypes: 1 });
    expect(report.ok).toBe(true);
    expect(sut(items, [SLA], { minItems: 2, minTypes: 1 }).markingPoints[0].reason).toBe(
      'needs a teacher-written item: 1 item of 1 type (SINGLE_CHOICE); needs at least 2 items of at least 1 type',
    );
  });

  it('should count items whose keys match no marking point', () => {
    const items = [
      makeItem(trueFalseContent()),
      makeItem(trueFalseContent(), { markingPointKeys: ['mp-ffffffffff'] }),
      makeItem(trueFalseContent(), { markingPointKeys: ['mp-ffffffffff', OTHER_MP_KEY] }),
      makeItem(trueFalseContent(), { markingPointKeys: [] }),
    ];
    expect(sut(items, [SLA, PDCA]).unaligned).toBe(2);
  });

  it('should keep only the reference fields of richer marking-point objects', () => {
    const entity = { ...SLA, id: 'uuid-1', specificationVersionId: 'uuid-2' };
    expect(Object.keys(sut([], [entity]).markingPoints[0])).toEqual([
      'key',
      'text',
      'line',
      'items',
      'types',
      'levels',
      'ok',
      'reason',
    ]);
  });

  it('should cover both marking points of the clean bank', () => {
    const report = sut(makeCleanBank(), MARKING_POINTS);
    expect(report.ok).toBe(true);
    expect(report.markingPoints.map((point) => [point.items, point.types.length])).toEqual([
      [8, 4],
      [8, 5],
    ]);
  });
});
