import { readHeading, sectionKindOf } from './section-headings';

describe(sectionKindOf.name, () => {
  it.each([
    ['Topic Synopsis', 'SYNOPSIS'],
    ['Overview', 'SYNOPSIS'],
    ['Key Concepts & Core Principles', 'KEY_CONCEPTS'],
    ['KEY CONCEPTS AND CORE PRINCIPLES', 'KEY_CONCEPTS'],
    ['Core principles', 'KEY_CONCEPTS'],
    ['Exam Tips & Revision Strategies', 'EXAM_TIPS'],
    ['Exam-tips', 'EXAM_TIPS'],
    ['Revision', 'EXAM_TIPS'],
    ['Common Misconceptions & Mistakes to Avoid', 'MISCONCEPTIONS'],
    ['Mistakes to avoid', 'MISCONCEPTIONS'],
    ['Examiner Marking Points', 'MARKING_POINTS'],
    ['Mark scheme', 'MARKING_POINTS'],
    ['Further Reading', undefined],
    ['Examiner', undefined],
  ])('should map %j to %s', (heading, kind) => {
    expect(sectionKindOf(heading)).toBe(kind);
  });
});

describe(readHeading.name, () => {
  it.each([
    ['Examiner marking points:', 'Examiner marking points', 'MARKING_POINTS', true],
    ['## Exam Tips', 'Exam Tips', 'EXAM_TIPS', true],
    ['**Key Concepts**', 'Key Concepts', 'KEY_CONCEPTS', true],
    ['KEY CONCEPTS AND CORE PRINCIPLES', 'KEY CONCEPTS AND CORE PRINCIPLES', 'KEY_CONCEPTS', true],
    ['  Topic   Synopsis  ', 'Topic Synopsis', 'SYNOPSIS', false],
    ['exam tips', 'exam tips', 'EXAM_TIPS', false],
    ['Further Reading', 'Further Reading', undefined, false],
  ])('should read %j as a heading', (line, text, kind, marked) => {
    expect(readHeading(line)).toMatchObject({ text, kind, marked });
  });

  it.each([
    ['a bullet', '- Examiner Marking Points'],
    ['a numbered bullet', '1. Key Concepts'],
    ['a sentence with a full stop', 'Revise the key concepts.'],
    [
      'a long sentence',
      'Candidates who revise the key concepts and the common misconceptions score higher marks overall',
    ],
    ['a sentence opener', 'This subtopic covers the key concepts of'],
    ['a lowercase fragment', 'revision strategies for the exam'],
    ['a rule', '==='],
    ['a blank line', '   '],
  ])('should not read %s as a heading', (_name, line) => {
    expect(readHeading(line)).toBeUndefined();
  });
});
