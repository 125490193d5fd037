import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSpecification } from './parse-specification';

const ROOT = resolve(__dirname, '../../../..');
const FIXTURES = join(ROOT, 'test/fixtures/specs');
// The shared copies exist only on the team's machines; the repository's samples/ are the same files.
const SAMPLE_DIRS = [join(ROOT, 'samples/specs'), '/work/shared/specs'].filter((dir) => existsSync(dir));

const linesOf = (items: { line: number; endLine: number }[]): number[][] =>
  items.map((item) => [item.line, item.endLine]);
const single = (from: number): number[][] => [0, 1, 2, 3, 4].map((offset) => [from + offset, from + offset]);

describe(parseSpecification.name, () => {
  describe.each(SAMPLE_DIRS)('the sample specifications in %s', (dir) => {
    it('should read 000_741ddd1a805137ea.txt with the lines of every section', () => {
      const sut = parseSpecification(readFileSync(join(dir, '000_741ddd1a805137ea.txt')));

      expect(sut.openingLine).toMatchObject({ line: 1, endLine: 1 });
      expect(sut.openingLine?.text).toMatch(/^This subtopic focuses on .* and competito$/);
      expect(linesOf(sut.synopsis)).toEqual([[3, 3]]);
      expect(sut.synopsis[0].text).toMatch(
        /^This subtopic focuses on the systematic collection .* competitive advantage\.$/,
      );
      expect(linesOf(sut.keyConcepts)).toEqual(single(5));
      expect(linesOf(sut.examTips)).toEqual(single(11));
      expect(linesOf(sut.misconceptions)).toEqual(single(17));
      expect(linesOf(sut.markingPoints)).toEqual(single(23));
      expect(sut.extraSections).toEqual([]);
      expect(sut.warnings).toEqual([]);
      expect(sut.contentHash).toBe('245ac4d30e60d2026256168e1873204d1e7ab721d14c9ae83ad92beef358db9a');
    });

    it('should split the key concepts of 000_741ddd1a805137ea.txt into name and description', () => {
      const sut = parseSpecification(readFileSync(join(dir, '000_741ddd1a805137ea.txt')));

      expect(sut.keyConcepts.map((concept) => concept.name)).toEqual([
        'Customer service strategy',
        'Managing customer expectations',
        'Complaint handling and resolution',
        'Leadership in customer service',
        'Legal and regulatory compliance',
      ]);
      expect(sut.keyConcepts[2].description).toBe(
        "Structured approaches to managing dissatisfied customers, including the use of the 'LATER' model " +
          '(Listen, Apologise, Thank, Explain, Resolve) and escalation procedures.',
      );
      expect(sut.markingPoints[0].text).toBe(
        'Award credit for demonstrating accurate use of analytical tools (e.g., SWOT analysis, spreadsheets) to interpret sales data.',
      );
      expect(sut.markingPoints[4].text).toBe(
        'Assessors must check for appropriate handling of confidential customer information in accordance with data protection legislation.',
      );
    });

    it('should read 003_e400544d1f727506.txt with the lines of every section', () => {
      const sut = parseSpecification(readFileSync(join(dir, '003_e400544d1f727506.txt'), 'utf8'));

      expect(linesOf(sut.synopsis)).toEqual([[3, 3]]);
      expect(sut.keyConcepts.map((concept) => [concept.line, concept.name])).toEqual([
        [5, 'Customer Service Excellence'],
        [6, 'Complaint Handling'],
        [7, 'Leading a Customer Service Team'],
        [8, 'Legal and Regulatory Compliance'],
        [9, 'Continuous Improvement'],
      ]);
      expect(linesOf(sut.examTips)).toEqual(single(11));
      expect(linesOf(sut.misconceptions)).toEqual(single(17));
      expect(linesOf(sut.markingPoints)).toEqual(single(23));
      expect(sut.markingPoints[2].text).toBe(
        'Credit given for correctly calculating key financial figures (e.g., gross profit, net profit, break-even) ' +
          'and linking them to customer service resource decisions.',
      );
      expect(sut.warnings).toEqual([]);
    });
  });

  it.each([
    'food-safety-haccp.txt',
    'cell-biology.txt',
    'cyber-security-basics.txt',
    'retail-finance.txt',
    'project-management.txt',
  ])('should read the well-formed fixture %s with five items per section and no warning', (file) => {
    const sut = parseSpecification(readFileSync(join(FIXTURES, file)));

    expect(sut.openingLine).toMatchObject({ line: 1, endLine: 1 });
    expect(linesOf(sut.synopsis)).toEqual([[3, 3]]);
    expect(sut.synopsis[0].text.startsWith(sut.openingLine?.text ?? '?')).toBe(true);
    expect(linesOf(sut.keyConcepts)).toEqual(single(5));
    expect(linesOf(sut.examTips)).toEqual(single(11));
    expect(linesOf(sut.misconceptions)).toEqual(single(17));
    expect(linesOf(sut.markingPoints)).toEqual(single(23));
    expect(
      sut.keyConcepts.every((concept) => concept.name.length > 0 && concept.description.length > 20),
    ).toBe(true);
    expect(sut.warnings).toEqual([]);
  });

  it('should keep the ordered steps of a fixture intact inside their key concept', () => {
    const sut = parseSpecification(readFileSync(join(FIXTURES, 'cell-biology.txt')));

    expect(sut.keyConcepts[2].name).toBe('The cell cycle and mitosis');
    expect(sut.keyConcepts[2].description).toContain('(Prophase, Metaphase, Anaphase, Telophase)');
    expect(sut.keyConcepts[3].description).toBe(
      'Magnification = image size ÷ actual size, with both measurements in the same units; rearranged, actual size = image size ÷ magnification.',
    );
  });

  it('should read messy-crlf-bom.txt: BOM, CRLF, • bullets, capital headings, a wrapped bullet and an extra section', () => {
    const sut = parseSpecification(readFileSync(join(FIXTURES, 'messy-crlf-bom.txt')));

    expect(sut.openingLine?.text.startsWith('This subtopic covers the legal duties')).toBe(true);
    expect(linesOf(sut.synopsis)).toEqual([[4, 4]]);
    expect(sut.keyConcepts.map((concept) => [concept.line, concept.endLine, concept.name])).toEqual([
      [7, 7, 'Health and Safety at Work etc. Act 1974'],
      [8, 9, 'Risk assessment'],
      [10, 10, 'Hierarchy of control'],
      [11, 11, 'RIDDOR 2013'],
      [12, 12, 'COSHH 2002'],
    ]);
    expect(sut.keyConcepts[1].description).toMatch(
      /\(Identify the hazards, .*, Review the assessment and update it if necessary\) are followed in that order and repeated whenever the work changes\.$/,
    );
    expect(linesOf(sut.examTips)).toEqual(single(15));
    expect(linesOf(sut.misconceptions)).toEqual(single(22));
    expect(linesOf(sut.markingPoints)).toEqual(single(33));
    expect(sut.extraSections).toEqual([
      {
        kind: 'OTHER',
        heading: 'Further Reading',
        line: 28,
        items: [
          {
            text: 'HSE (2014) Risk assessment: A brief guide to controlling risks in the workplace (INDG163).',
            line: 29,
            endLine: 29,
          },
          {
            text: 'HSE (2013) Reporting accidents and incidents at work: A brief guide to RIDDOR (INDG453).',
            line: 30,
            endLine: 30,
          },
        ],
      },
    ]);
    expect(sut.warnings).toEqual([
      {
        line: 28,
        section: 'Further Reading',
        message:
          "Line 28 'Further Reading' is not a known section heading; its 2 bullets were kept as an extra section.",
      },
    ]);
  });

  it('should read numbered-bullets.txt: 1. 1) (a) markers, ## and colon headings, a wrapped marking point', () => {
    const sut = parseSpecification(readFileSync(join(FIXTURES, 'numbered-bullets.txt')));

    expect(linesOf(sut.synopsis)).toEqual([[3, 3]]);
    expect(sut.keyConcepts.map((concept) => concept.name)).toEqual([
      'The 4Ps',
      'The extended marketing mix',
      'Pricing strategies',
      'Product life cycle',
      'Market segmentation',
    ]);
    expect(linesOf(sut.keyConcepts)).toEqual(single(6));
    expect(linesOf(sut.examTips)).toEqual(single(13));
    expect(sut.examTips[0].text).toBe(
      'Apply every element of the mix to the product or service in the case study rather than defining it in general terms.',
    );
    expect(linesOf(sut.misconceptions)).toEqual(single(20));
    expect(sut.misconceptions[0].text).toBe(
      'Treating promotion as the whole of marketing rather than one element of the mix.',
    );
    expect(linesOf(sut.markingPoints)).toEqual([
      [27, 27],
      [28, 28],
      [29, 30],
      [31, 31],
      [32, 32],
    ]);
    expect(sut.markingPoints[2].text).toBe(
      'Evidence must place the product at the correct stage of the product life cycle ' +
        '(Development, Introduction, Growth, Maturity, Decline) using the data provided.',
    );
    expect(sut.warnings).toEqual([]);
  });
});
