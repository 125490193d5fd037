import { parseSpecification } from './parse-specification';

const SYNOPSIS = ['Topic Synopsis', 'This topic covers enzymes and the factors that affect their activity.'];
const KEY_CONCEPTS = [
  'Key Concepts & Core Principles',
  '- Active site: The region of an enzyme that binds its substrate.',
];
const MARKING_POINTS = ['Examiner Marking Points', '- Award credit for naming the active site.'];

const doc = (...lines: string[]): string => lines.join('\n');

describe(`${parseSpecification.name} tolerance`, () => {
  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['LF', '\n'],
  ])('should count lines the same with %s line endings', (_name, eol) => {
    const sut = parseSpecification([...SYNOPSIS, ...KEY_CONCEPTS, ...MARKING_POINTS].join(eol));

    expect(sut.synopsis).toEqual([{ text: SYNOPSIS[1], line: 2, endLine: 2 }]);
    expect(sut.keyConcepts[0]).toMatchObject({ line: 4, name: 'Active site' });
    expect(sut.markingPoints).toEqual([
      { text: 'Award credit for naming the active site.', line: 6, endLine: 6 },
    ]);
  });

  it('should drop a UTF-8 BOM from a Buffer and from a string without shifting lines', () => {
    const text = doc(...SYNOPSIS, ...MARKING_POINTS);

    const fromBuffer = parseSpecification(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const fromString = parseSpecification(`\uFEFF${text}`);

    expect(fromBuffer.synopsis[0]).toEqual({ text: SYNOPSIS[1], line: 2, endLine: 2 });
    expect(fromString).toEqual(fromBuffer);
    expect(fromBuffer.contentHash).toBe(parseSpecification(text).contentHash);
  });

  it.each([
    ['•', '• Award credit.'],
    ['*', '* Award credit.'],
    ['en dash', '– Award credit.'],
    ['em dash', '—Award credit.'],
    ['dash without a space', '-Award credit.'],
    ['1.', '1. Award credit.'],
    ['1)', '1) Award credit.'],
    ['(a)', '(a) Award credit.'],
    ['indented', '    - Award credit.'],
  ])('should read a %s bullet', (_name, bullet) => {
    const sut = parseSpecification(doc('Examiner Marking Points', bullet));

    expect(sut.markingPoints).toEqual([{ text: 'Award credit.', line: 2, endLine: 2 }]);
  });

  it('should skip blank lines and rules between headings and bullets', () => {
    const sut = parseSpecification(
      doc(
        '',
        'Topic Synopsis',
        '',
        SYNOPSIS[1],
        '',
        'Examiner Marking Points',
        '---',
        '',
        '- Award credit.',
        '',
        '',
      ),
    );

    expect(sut.synopsis).toEqual([{ text: SYNOPSIS[1], line: 4, endLine: 4 }]);
    expect(sut.markingPoints).toEqual([{ text: 'Award credit.', line: 9, endLine: 9 }]);
  });

  it.each([
    ['KEY CONCEPTS AND CORE PRINCIPLES', 'keyConcepts'],
    ['Key Concepts & Core Principles:', 'keyConcepts'],
    ['core principles', 'keyConcepts'],
    ['## Exam Tips', 'examTips'],
    ['**Revision strategies**', 'examTips'],
    ['Common mistakes', 'misconceptions'],
    ['MISCONCEPTIONS:', 'misconceptions'],
  ] as const)('should recognise the heading "%s"', (heading, field) => {
    const sut = parseSpecification(
      doc(heading, '- Item: text.', 'Examiner marking points:', '- Award credit.'),
    );

    expect(sut[field]).toHaveLength(1);
    expect(sut[field][0]).toMatchObject({ line: 2 });
    expect(sut.markingPoints).toEqual([{ text: 'Award credit.', line: 4, endLine: 4 }]);
  });

  it('should never read a bullet or a long sentence as a heading', () => {
    const sut = parseSpecification(
      doc(
        'Exam Tips & Revision Strategies',
        '- Key concepts',
        '- Examiner marking points',
        'Revising the key concepts the night before the exam is a common mistake that costs candidates marks every year',
        'Examiner Marking Points',
        '- Award credit.',
      ),
    );

    expect(sut.examTips.map((tip) => tip.text)).toEqual([
      'Key concepts',
      'Examiner marking points Revising the key concepts the night before the exam is a common mistake that costs candidates marks every year',
    ]);
    expect(sut.examTips[1]).toMatchObject({ line: 3, endLine: 4 });
    expect(sut.keyConcepts).toEqual([]);
    expect(sut.markingPoints).toHaveLength(1);
  });

  it('should join a wrapped bullet to the one above, with a single space, and grow its endLine', () => {
    const sut = parseSpecification(
      doc(
        'Examiner Marking Points',
        '- Award credit for naming',
        '   the four stages   in order',
        'of mitosis.',
        '- Award credit for units.',
      ),
    );

    expect(sut.markingPoints).toEqual([
      { text: 'Award credit for naming the four stages in order of mitosis.', line: 2, endLine: 4 },
      { text: 'Award credit for units.', line: 5, endLine: 5 },
    ]);
  });

  it('should not treat a capitalised wrapped line as a heading while its bullet is unfinished', () => {
    const sut = parseSpecification(
      doc(
        'Examiner Marking Points',
        '- Award credit for citing the Consumer Rights Act 2015 and the',
        'Equality Act 2010',
        '- Award credit.',
      ),
    );

    expect(sut.extraSections).toEqual([]);
    expect(sut.markingPoints[0]).toEqual({
      text: 'Award credit for citing the Consumer Rights Act 2015 and the Equality Act 2010',
      line: 2,
      endLine: 3,
    });
  });

  it('should keep an unknown section followed by bullets, and warn with its line', () => {
    const sut = parseSpecification(
      doc(...MARKING_POINTS, '', 'Useful Websites', '- www.food.gov.uk', '- www.hse.gov.uk'),
    );

    expect(sut.extraSections).toEqual([
      {
        kind: 'OTHER',
        heading: 'Useful Websites',
        line: 4,
        items: [
          { text: 'www.food.gov.uk', line: 5, endLine: 5 },
          { text: 'www.hse.gov.uk', line: 6, endLine: 6 },
        ],
      },
    ]);
    expect(sut.markingPoints).toHaveLength(1);
    expect(sut.warnings).toEqual([
      {
        line: 4,
        section: 'Useful Websites',
        message:
          "Line 4 'Useful Websites' is not a known section heading; its 2 bullets were kept as an extra section.",
      },
    ]);
  });

  it('should name a key concept without "Name:" from its first words, with a warning', () => {
    const sut = parseSpecification(
      doc(
        'Key Concepts',
        '- Enzymes are biological catalysts that speed up reactions.',
        '- Denaturing - a change of shape.',
        ...MARKING_POINTS,
      ),
    );

    expect(sut.keyConcepts).toEqual([
      {
        text: 'Enzymes are biological catalysts that speed up reactions.',
        line: 2,
        endLine: 2,
        name: 'Enzymes are biological catalysts',
        description: 'Enzymes are biological catalysts that speed up reactions.',
      },
      {
        text: 'Denaturing - a change of shape.',
        line: 3,
        endLine: 3,
        name: 'Denaturing',
        description: 'a change of shape.',
      },
    ]);
    expect(sut.warnings).toEqual([
      {
        line: 2,
        section: 'Key Concepts & Core Principles',
        message:
          "Key concept on line 2 is not written as 'Name: description'; it was named 'Enzymes are biological catalysts' from its first words.",
      },
    ]);
  });

  it('should keep a duplicate marking point once and warn on the repeat', () => {
    const sut = parseSpecification(
      doc(
        'Examiner Marking Points',
        '- Award credit for units.',
        '- Award credit for working.',
        '-  award credit  for UNITS',
      ),
    );

    expect(sut.markingPoints.map((point) => point.line)).toEqual([2, 3]);
    expect(sut.warnings).toEqual([
      {
        line: 4,
        section: 'Examiner Marking Points',
        message: 'Marking point on line 4 repeats the one on line 2; it was kept once.',
      },
    ]);
  });

  it('should trim, collapse whitespace and drop a dangling bullet marker from item text', () => {
    const sut = parseSpecification(
      doc('Examiner Marking Points', '-   Award \t credit   for units. •', '- Award credit for working. -'),
    );

    expect(sut.markingPoints.map((point) => point.text)).toEqual([
      'Award credit for units.',
      'Award credit for working.',
    ]);
  });

  it('should use the text before the first heading as the synopsis when there is no synopsis heading', () => {
    const sut = parseSpecification(doc('This topic covers enzymes.', ...MARKING_POINTS));

    expect(sut.openingLine).toEqual({ text: 'This topic covers enzymes.', line: 1, endLine: 1 });
    expect(sut.synopsis).toEqual([sut.openingLine]);
    expect(sut.warnings).toEqual([
      {
        line: 1,
        message:
          "No 'Topic Synopsis' heading: the text before the first heading (line 1) was used as the synopsis.",
      },
    ]);
  });

  it('should merge a repeated section and warn about an empty one', () => {
    const sut = parseSpecification(
      doc(
        'Exam Tips',
        '- Show working.',
        'Common Misconceptions',
        'Examiner Marking Points',
        '- Award credit.',
        'Exam tips',
        '- Use units.',
      ),
    );

    expect(sut.examTips.map((tip) => tip.line)).toEqual([2, 7]);
    expect(sut.warnings.map((warning) => warning.message)).toEqual([
      "The 'Common Misconceptions & Mistakes to Avoid' section (line 3) is empty.",
      "'Exam Tips & Revision Strategies' appears again on line 6 (first on line 1); their bullets were merged.",
    ]);
  });

  it('should ignore a stray line in a bulleted section with a warning', () => {
    const sut = parseSpecification(doc('Examiner Marking Points', 'Answers vary.', '', '- Award credit.'));

    expect(sut.markingPoints).toEqual([{ text: 'Award credit.', line: 4, endLine: 4 }]);
    expect(sut.warnings).toEqual([
      {
        line: 2,
        section: 'Examiner Marking Points',
        message:
          "Line 2 in 'Examiner Marking Points' is not a bullet and follows no bullet, so it was ignored: start it with '- '.",
      },
    ]);
  });
});
