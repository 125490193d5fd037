import { numericKey, drawParameters, type NumericContent } from '@markpoint/grading';
import { XMLValidator } from 'fast-xml-parser';
import { EXPORT_SEED } from '../utils/numeric-instance';
import {
  customerServiceBank,
  makeDraft,
  moreContentsOfEveryType,
  MP_PROFIT,
  MP_SERVICE,
  sampleBanks,
} from '../testing/sample-bank';
import type { ExportBank } from '../export-bank';
import { exportMoodleXml } from './export-moodle-xml';
import { attribute, child, children, moodleParser, ownText, rawText, type MoodleNode } from './moodle-node';

function questionsOf(xml: string): MoodleNode[] {
  return children(child(moodleParser.parse(xml) as MoodleNode, 'quiz'), 'question');
}

function exportedQuestions(bank: ExportBank): MoodleNode[] {
  return questionsOf(exportMoodleXml(bank)).filter((question) => attribute(question, 'type') !== 'category');
}

function oneItemBank(content: Parameters<typeof makeDraft>[0]): ExportBank {
  return { ...customerServiceBank(), items: [makeDraft(content)] };
}

function fractions(question: MoodleNode): number[] {
  return children(question, 'answer').map((answer) => Number(attribute(answer, 'fraction')));
}

describe(exportMoodleXml.name, () => {
  it.each(sampleBanks())('should write well-formed XML for the $name bank', ({ bank }) => {
    const sut = exportMoodleXml(bank);

    expect(XMLValidator.validate(sut)).toBe(true);
    expect(sut.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
  });

  it('should open a category per marking point under the topic, with the key as its idnumber', () => {
    const sut = questionsOf(exportMoodleXml(customerServiceBank()))
      .filter((question) => attribute(question, 'type') === 'category')
      .map((question) => [rawText(question, 'category'), ownText(child(question, 'idnumber'))]);

    expect(sut).toEqual([
      ['$course$/top/Customer service', ''],
      [
        `$course$/top/Customer service/${MP_SERVICE} Explain how service standards manage customer expectations.`,
        MP_SERVICE,
      ],
      [
        `$course$/top/Customer service/${MP_PROFIT} Calculate and interpret gross profit // margin figures.`,
        MP_PROFIT,
      ],
    ]);
  });

  it('should map each item type to its Moodle question type', () => {
    const sut = exportedQuestions(customerServiceBank()).map((question) => attribute(question, 'type'));

    expect(sut.slice(0, 8)).toEqual([
      'multichoice',
      'multichoice',
      'truefalse',
      'ordering',
      'matching',
      'numerical',
      'shortanswer',
      'essay',
    ]);
  });

  it('should give a single choice one answer at 100 and its option feedback', () => {
    const [sut] = exportedQuestions(customerServiceBank());

    expect(ownText(child(sut, 'single'))).toBe('true');
    expect(fractions(sut)).toEqual([100, 0, 0]);
    expect(rawText(children(sut, 'answer')[1], 'feedback')).toBe(
      '<p>A log records complaints after the fact.</p>',
    );
  });

  it('should make multiple-response keys add up to 100 and wrong options cancel them', () => {
    const [, sut] = exportedQuestions(customerServiceBank());
    const [threeOfFive] = exportedQuestions(oneItemBank(moreContentsOfEveryType()[1]));

    expect(ownText(child(sut, 'single'))).toBe('false');
    expect(fractions(sut)).toEqual([50, -50, 50, -50]);
    // Three keys, two wrong options: ticking every box still scores 0.
    expect(fractions(threeOfFive)).toEqual([33.33333, 33.33333, 33.33333, -50, -50]);
  });

  it('should export ordering for qtype_ordering with the steps in the correct order', () => {
    const sut = exportedQuestions(customerServiceBank())[3];

    expect(['layouttype', 'selecttype', 'gradingtype'].map((name) => ownText(child(sut, name)))).toEqual([
      'VERTICAL',
      'ALL',
      'RELATIVE_NEXT_EXCLUDE_LAST',
    ]);
    expect(children(sut, 'answer').map((answer) => rawText(answer))).toEqual([
      'Listen',
      'Apologise',
      'Thank',
      'Explain',
      'Resolve',
    ]);
  });

  it('should keep a matching distractor as a subquestion without text', () => {
    const sut = exportedQuestions(customerServiceBank())[4];
    const subquestions = children(sut, 'subquestion').map((sub) => [rawText(sub), rawText(sub, 'answer')]);

    expect(subquestions).toEqual([
      ['<p>Consumer Rights Act 2015</p>', 'Goods and services'],
      ['<p>Equality Act 2010</p>', 'Discrimination'],
      ['<p>Data Protection Act 2018</p>', 'Personal data'],
      ['', 'Health and safety at sea'],
    ]);
  });

  it('should export a numeric item as one numerical instance drawn with the export seed', () => {
    const bank = customerServiceBank();
    const content = bank.items[5]?.content as NumericContent;
    const key = numericKey(content, drawParameters(content, EXPORT_SEED));
    const sut = exportedQuestions(bank)[5];
    const [answer, catchAll] = children(sut, 'answer');

    expect([rawText(answer), ownText(child(answer, 'tolerance'))]).toEqual([String(key), '1']);
    expect(rawText(sut, 'questiontext')).not.toContain('{revenue}');
    expect([rawText(catchAll), rawText(catchAll, 'feedback')]).toEqual([
      '*',
      '<p>Revisit the specification.</p>',
    ]);
  });

  it('should turn a relative tolerance into an absolute one around the drawn key', () => {
    const content = moreContentsOfEveryType()[5] as NumericContent;
    const key = numericKey(content, drawParameters(content, EXPORT_SEED));
    const [sut] = exportedQuestions(oneItemBank(content));
    const [answer] = children(sut, 'answer');

    expect(rawText(answer)).toBe(key.toFixed(1));
    expect(Number(ownText(child(answer, 'tolerance')))).toBeCloseTo(key * 0.01, 10);
  });

  it('should accept every short answer at 100 without case and escape a literal asterisk', () => {
    const sut = exportedQuestions(
      oneItemBank({ type: 'SHORT_ANSWER', stem: 'Which?', acceptedAnswers: ['gross profit', 'a*b'] }),
    )[0];

    expect(ownText(child(sut, 'usecase'))).toBe('0');
    expect(children(sut, 'answer').map((answer) => [rawText(answer), attribute(answer, 'fraction')])).toEqual(
      [
        ['gross profit', '100'],
        ['a\\*b', '100'],
        ['*', '0'],
      ],
    );
  });

  it('should put the rubric and guidance in the essay grader information', () => {
    const sut = exportedQuestions(customerServiceBank())[7];
    const graderInfo = rawText(sut, 'graderinfo');

    expect(graderInfo).toContain('<tr><td>States what an SLA is</td><td>2</td></tr>');
    expect(graderInfo).toContain('A full-mark answer defines the SLA and gives an example.');
    expect(ownText(child(sut, 'defaultgrade'))).toBe('5.0000000');
  });

  it('should tag each question with its marking points and level and give it a stable idnumber', () => {
    const sut = exportedQuestions(customerServiceBank());
    const again = exportedQuestions(customerServiceBank());
    const tags = (question: MoodleNode | undefined): string[] =>
      children(child(question, 'tags'), 'tag').map((tag) => rawText(tag));

    expect(tags(sut[8])).toEqual([`mp:${MP_PROFIT}`, `mp:${MP_SERVICE}`, 'level:apply']);
    expect(sut.map((question) => ownText(child(question, 'idnumber')))).toEqual(
      again.map((question) => ownText(child(question, 'idnumber'))),
    );
    expect(new Set(sut.map((question) => ownText(child(question, 'idnumber')))).size).toBe(sut.length);
  });

  it('should give the general feedback from the correct feedback', () => {
    const [sut] = exportedQuestions(customerServiceBank());

    expect(rawText(sut, 'generalfeedback')).toBe('<p>That is what the specification says.</p>');
  });
});
