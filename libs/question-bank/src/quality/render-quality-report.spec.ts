import { assessBank } from './assess-bank';
import { renderQualityReport } from './render-quality-report';
import { MARKING_POINTS, makeCleanBank } from './testing/make-bank';
import { makeItem, trueFalseContent } from './testing/make-item';

describe(renderQualityReport.name, () => {
  const sut = renderQualityReport;

  it('should report a clean bank', () => {
    expect(sut(assessBank(makeCleanBank(), MARKING_POINTS))).toBe(
      [
        'Bank quality: OK',
        '  16 items: SINGLE_CHOICE 9, MULTIPLE_RESPONSE 1, TRUE_FALSE 1, ORDERING 1, MATCHING 1, NUMERIC 1, SHORT_ANSWER 1, EXTENDED_RESPONSE 1',
        '  lint: 0 errors, 0 warnings',
        '  coverage: 2 of 2 marking points covered, 0 items aligned to no marking point',
        '',
        'Marking points',
        '  ✓ mp-0123456789  line 12  8 items  SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, ORDERING  "Explain the purpose of a service level agreement"',
        '  ✓ mp-abcdef0123  line 14  8 items  SINGLE_CHOICE, MATCHING, NUMERIC, SHORT_ANSWER, EXTENDED_RESPONSE  "Describe the Plan-Do-Check-Act cycle"',
        '',
        'No lint findings',
        '',
      ].join('\n'),
    );
  });

  it('should mark an uncovered marking point with its reason and group findings by severity', () => {
    const items = makeCleanBank();
    items[0] = { ...items[0], markingPointKeys: ['bad'] };
    items.push(makeItem(trueFalseContent({ stem: 'An SLA is a contract' })));
    const extra = {
      key: 'mp-eeeeeeeeee',
      text: 'Name three complaint channels a service team might offer',
      line: 30,
    };
    const lines = sut(assessBank(items, [...MARKING_POINTS, extra])).split('\n');
    expect(lines[0]).toBe('Bank quality: NOT OK');
    expect(lines[2]).toBe('  lint: 1 error, 1 warning');
    expect(lines[3]).toBe('  coverage: 2 of 3 marking points covered, 1 item aligned to no marking point');
    expect(lines.slice(8)).toEqual([
      '  ✗ mp-eeeeeeeeee  line 30  0 items  no types  "Name three complaint channels a service team might offer"',
      '      needs a teacher-written item: 0 items of 0 types; needs at least 3 items of at least 2 types',
      '',
      'Errors (1)',
      '  item 1   alignment             malformed marking-point keys: "bad"',
      '',
      'Warnings (1)',
      '  item 17  true-false            the statement does not end with a full stop',
      '',
    ]);
  });

  it('should shorten long marking-point texts to 60 characters', () => {
    const long = { key: 'mp-eeeeeeeeee', text: 'x'.repeat(80), line: 3 };
    const line = sut(assessBank([], [long])).split('\n')[6];
    expect(line).toBe(`  ✗ mp-eeeeeeeeee  line 3  0 items  no types  "${'x'.repeat(59)}…"`);
  });

  it('should say when the specification has no marking points', () => {
    expect(sut(assessBank([], []))).toContain(
      'Marking points\n  (the specification has no marking points)\n',
    );
  });
});
