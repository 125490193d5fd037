import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMoodleXml } from './import-moodle-xml';

const fixture = readFileSync(join(__dirname, '../testing/fixtures/refused-questions.moodle.xml'), 'utf8');

describe(importMoodleXml.name, () => {
  it('should refuse each question it cannot hold, with its line and the reason', () => {
    const sut = importMoodleXml(fixture);

    expect(sut.errors).toEqual([
      {
        line: 7,
        question: 'Circle area',
        reason:
          'question type "calculated" computes its answer from Moodle wildcards; Markpoint numeric items use their own formulas',
      },
      {
        line: 12,
        question: 'Capital city cloze',
        reason:
          'question type "multianswer" embeds several sub-questions in one text (Cloze); a Markpoint item has one response',
      },
      { line: 16, question: 'No key', reason: 'no answer is marked correct (100%)' },
      {
        line: 23,
        question: 'Partial single',
        reason: 'answer "Good" gives partial credit (50%); a single choice has one key',
      },
      { line: 30, question: 'Undecided', reason: 'neither "true" nor "false" is marked correct' },
      {
        line: 36,
        question: "Grant's birth year",
        reason:
          'a Moodle numerical question holds one fixed number, not a formula with ranges: only numeric items exported by ' +
          'Markpoint (which keep theirs in a "markpoint:" comment) can be imported',
      },
      { line: 41, question: 'Any colour', reason: 'answer "r*d" uses the * wildcard' },
      {
        line: 46,
        question: 'One pair',
        reason: 'a matching question needs at least two subquestions with text and an answer',
      },
      { line: 51, question: 'Drag words', reason: 'question type "ddwtos" has no Markpoint equivalent' },
      { line: 55, question: 'Broken comment', reason: 'the markpoint comment is not valid JSON' },
      { line: 60, question: 'No type', reason: 'the question has no type attribute' },
    ]);
  });

  it('should still import the questions it can, with their marking point, level and feedback', () => {
    const sut = importMoodleXml(fixture);

    expect(sut.items).toEqual([
      {
        content: { type: 'SHORT_ANSWER', stem: 'What is the capital of France?', acceptedAnswers: ['Paris'] },
        markingPointKey: 'mp-00aa11bb22',
        level: 'RECALL',
        feedback: { correct: '', incorrect: '' },
        maxScore: 2,
      },
      {
        content: { type: 'TRUE_FALSE', stem: 'Water boils at 100 °C at sea level.', correct: true },
        markingPointKey: 'mp-ffee001122',
        level: 'ANALYSE',
        feedback: { correct: '', incorrect: 'It does boil at 100 °C.' },
        maxScore: 1,
      },
    ]);
  });

  it('should report a file that is not well-formed XML at the line of the fault', () => {
    const sut = importMoodleXml('<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n</quiz>\n');

    expect(sut.items).toEqual([]);
    expect(sut.errors).toHaveLength(1);
    expect(sut.errors[0]).toMatchObject({ line: 4, question: '(file)' });
    expect(sut.errors[0]?.reason).toMatch(/^the file is not well-formed XML: /);
  });

  it('should report a file without a quiz element', () => {
    const sut = importMoodleXml('<?xml version="1.0"?>\n<questions/>\n');

    expect(sut).toEqual({
      items: [],
      errors: [{ line: 1, question: '(file)', reason: 'the file has no <quiz> root element' }],
    });
  });

  it('should refuse an essay worth no marks', () => {
    const sut = importMoodleXml(
      '<quiz>\n<question type="essay"><name><text>Zero</text></name>' +
        '<questiontext><text>Discuss.</text></questiontext><defaultgrade>0</defaultgrade></question>\n</quiz>',
    );

    expect(sut.errors).toEqual([
      { line: 2, question: 'Zero', reason: 'defaultgrade "0" is not a positive number' },
    ]);
  });

  it('should read an essay without a Markpoint rubric as one criterion for the whole answer', () => {
    const sut = importMoodleXml(
      '<quiz><question type="essay"><name><text>Essay</text></name>' +
        '<questiontext format="html"><text>Discuss.</text></questiontext><defaultgrade>4</defaultgrade>' +
        '<graderinfo format="html"><text><![CDATA[<p>Look for two points.<br>Be generous.</p>]]></text></graderinfo>' +
        '</question></quiz>',
    );

    expect(sut.items[0]?.content).toEqual({
      type: 'EXTENDED_RESPONSE',
      stem: 'Discuss.',
      rubric: [{ id: 'c1', description: 'The answer as a whole', marks: 4 }],
      guidance: 'Look for two points.\nBe generous.',
    });
  });
});
