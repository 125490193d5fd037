import { extractEnumerations } from './extract-enumerations';
import type { SourceLine } from './phrases';

const at = (text: string, line: number, concept?: string): SourceLine => ({
  text,
  line,
  endLine: line,
  source: concept ? 'KEY_CONCEPT' : 'EXAM_TIP',
  ...(concept ? { concept } : {}),
});

describe(extractEnumerations.name, () => {
  const sut = extractEnumerations;

  it('should read the data collection methods after "such as" on sample 000 line 11', () => {
    const [fact] = sut(
      at(
        'When answering questions on obtaining information, always reference specific data collection methods such as surveys, CRM systems, or mystery shopping.',
        11,
      ),
    );
    expect(fact).toMatchObject({
      kind: 'ENUMERATION',
      head: 'data collection methods',
      items: ['surveys', 'CRM systems', 'mystery shopping'],
      marker: 'SUCH_AS',
    });
  });

  it('should read a bracketed list of examples after "e.g." on sample 000 line 23', () => {
    const [fact] = sut(
      at(
        'Award credit for demonstrating accurate use of analytical tools (e.g., SWOT analysis, spreadsheets) to interpret sales data.',
        23,
      ),
    );
    expect(fact).toMatchObject({
      kind: 'ENUMERATION',
      head: 'analytical tools',
      items: ['SWOT analysis', 'spreadsheets'],
      marker: 'E_G',
    });
  });

  it('should read a bracketed list without "e.g." as categories on sample 003 line 23', () => {
    const [fact] = sut(
      at(
        'Award credit for accurately identifying business market types (B2B, B2C, internal) and explaining their impact.',
        23,
      ),
    );
    expect(fact).toMatchObject({
      kind: 'CATEGORY',
      head: 'business market types',
      items: ['B2B', 'B2C', 'internal'],
    });
  });

  it('should mark a list said to be in order as a sequence named after the concept', () => {
    const [fact] = sut(
      at(
        'Sales of a product pass through five stages in order (Development, Introduction, Growth, Maturity, Decline), and the mix is adjusted.',
        9,
        'Product life cycle',
      ),
    );
    expect(fact).toMatchObject({
      head: 'Product life cycle',
      sequence: true,
      items: ['Development', 'Introduction', 'Growth', 'Maturity', 'Decline'],
    });
  });

  it('should not list the Acts of a legislation sentence, which are facts of their own', () => {
    expect(
      sut(
        at(
          'Understanding key legislation such as the Consumer Rights Act 2015, Equality Act 2010, and Data Protection Act 2018.',
          9,
          'Legal',
        ),
      ),
    ).toEqual([]);
  });

  it('should read a colon list and an adjective list before a plural noun', () => {
    expect(
      sut(
        at(
          'rests on seven principles: learn from experience, manage by stages, manage by exception.',
          5,
          'PRINCE2 principles',
        ),
      )[0],
    ).toMatchObject({
      head: 'PRINCE2 principles',
      items: ['learn from experience', 'manage by stages', 'manage by exception'],
    });
    expect(
      sut(
        at(
          'using demographic, geographic, psychographic or behavioural criteria, so that',
          10,
          'Market segmentation',
        ),
      )[0],
    ).toMatchObject({
      head: 'Market segmentation criteria',
      items: ['demographic', 'geographic', 'psychographic', 'behavioural'],
    });
  });

  it('should skip ", including" that qualifies a whole clause', () => {
    expect(
      sut(
        at(
          'Motivating and developing a team, including coaching, feedback, and performance management.',
          8,
          'Leadership',
        ),
      ),
    ).toEqual([]);
  });
});
