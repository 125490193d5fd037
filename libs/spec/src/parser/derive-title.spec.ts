import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deriveTitle } from './derive-title';
import { parseSpecification } from './parse-specification';

const ROOT = resolve(__dirname, '../../../..');
const MARKING_POINTS = '\nExaminer Marking Points\n- Award credit.';

const titleOfFile = (path: string): string => deriveTitle(parseSpecification(readFileSync(join(ROOT, path))));
const titleOfSynopsis = (synopsis: string): string =>
  deriveTitle(parseSpecification(`Topic Synopsis\n${synopsis}${MARKING_POINTS}`));

describe(deriveTitle.name, () => {
  it.each([
    ['samples/specs/000_741ddd1a805137ea.txt', 'Systematic collection of sales-related data'],
    ['samples/specs/003_e400544d1f727506.txt', 'Fundamental business principles'],
    [
      'test/fixtures/specs/food-safety-haccp.txt',
      'Principles of food safety management in catering and retail settings',
    ],
    ['test/fixtures/specs/cell-biology.txt', 'Structure of eukaryotic and prokaryotic cells'],
    ['test/fixtures/specs/cyber-security-basics.txt', 'Principles of protecting information systems'],
    [
      'test/fixtures/specs/retail-finance.txt',
      'Financial measures used to monitor performance in retail businesses',
    ],
    ['test/fixtures/specs/project-management.txt', 'Structured project management'],
    ['test/fixtures/specs/messy-crlf-bom.txt', 'Legal duties and practical steps'],
    ['test/fixtures/specs/numbered-bullets.txt', 'Marketing mix'],
  ])('should title %s "%s"', (path, title) => {
    expect(titleOfFile(path)).toBe(title);
  });

  it.each([
    ['a short sentence', 'Cell biology.', 'Cell biology'],
    [
      'a lead-in with "how"',
      'This topic explores how enzymes work, including the effect of temperature and pH on them.',
      'How enzymes work',
    ],
    [
      'an audience after the verb',
      'This unit introduces learners to the Computer Misuse Act 1990 and its three main offences.',
      'Computer Misuse Act 1990',
    ],
    [
      'an abbreviation inside the first sentence',
      'This unit covers safe lifting techniques (e.g. the TILE assessment) used in warehouses.',
      'Safe lifting techniques',
    ],
    [
      '"used to" that must not be cut',
      'This subtopic explores the ratios used to compare the liquidity of retailers, including the current ratio.',
      'Ratios used to compare the liquidity of retailers',
    ],
    [
      'a "such as" clause',
      'In this module, learners will explore the main types of renewable energy resource such as wind, solar and tidal power.',
      'Main types of renewable energy resource',
    ],
  ])('should title %s sensibly', (_case, synopsis, title) => {
    expect(titleOfSynopsis(synopsis)).toBe(title);
  });

  it('should cut a long clause at a word boundary, at most 80 characters, without a dangling small word', () => {
    const sut = titleOfSynopsis(
      'This topic covers safeguarding procedures for adults and children in residential care settings across England and Wales under current legislation and statutory guidance.',
    );

    expect(sut).toBe('Safeguarding procedures for adults and children in residential care settings');
    expect(sut.length).toBeLessThanOrEqual(80);
  });

  it('should not end a word-cut title on a small word such as "of" or "their"', () => {
    const sut = titleOfSynopsis(
      'This topic covers the responsibilities of managers in hospitality businesses for the safety of their guests and the wellbeing of their staff.',
    );

    expect(sut).toBe('Responsibilities of managers in hospitality businesses for the safety');
  });

  it('should use the opening line when there is no synopsis heading', () => {
    expect(
      deriveTitle(parseSpecification(`This unit covers the basics of first aid.${MARKING_POINTS}`)),
    ).toBe('Basics of first aid');
  });

  it('should fall back to a fixed title when there is no synopsis at all', () => {
    expect(deriveTitle(parseSpecification(MARKING_POINTS))).toBe('Untitled specification');
  });
});
