import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGift } from './import-gift';

const fixture = readFileSync(join(__dirname, '../testing/fixtures/refused-questions.gift'), 'utf8');

describe(importGift.name, () => {
  it('should refuse each question it cannot hold, with its first line and the reason', () => {
    const sut = importGift(fixture);

    expect(sut.errors).toEqual([
      {
        line: 5,
        question: 'Description',
        reason: 'it has no answer block ({…}): a description, not a question',
      },
      {
        line: 7,
        question: 'Grant',
        reason:
          'a GIFT numerical question holds one fixed number, not a formula with ranges: only numeric items exported by ' +
          'Markpoint (which keep theirs in a "markpoint:" comment) can be imported',
      },
      { line: 9, question: 'Unclosed', reason: 'the "{" has no closing "}"' },
      {
        line: 11,
        question: 'Two blanks',
        reason: 'it has more than one answer block ({…}); a GIFT question has one',
      },
      { line: 13, question: 'No credit', reason: 'no answer carries credit' },
      {
        line: 15,
        question: 'Partial',
        reason: 'answer "good" gives partial credit (50%); a single choice has one key',
      },
      { line: 17, question: 'Colour', reason: 'answer "r*d" uses the * wildcard' },
      {
        line: 19,
        question: 'One pair',
        reason: 'a matching question needs at least two "prompt -> answer" pairs',
      },
      {
        line: 21,
        question: 'Order',
        reason:
          'ordering questions ({>…}) are a Moodle plugin extension of GIFT that Markpoint does not read',
      },
      { line: 27, question: 'No arrow', reason: 'the matching answer "Dog" has no "->"' },
      { line: 30, question: 'Bad comment', reason: 'the markpoint comment is not valid JSON' },
      { line: 32, question: 'Empty stem', reason: 'the question has no text' },
    ]);
  });

  it('should still import the questions it can, with their marking point, level and feedback', () => {
    const sut = importGift(fixture);

    expect(sut.items).toEqual([
      {
        content: { type: 'SHORT_ANSWER', stem: 'What is the capital of France?', acceptedAnswers: ['Paris'] },
        markingPointKey: 'mp-00aa11bb22',
        level: 'APPLY',
        feedback: { correct: '', incorrect: 'Paris is the capital.' },
        maxScore: 1,
      },
      {
        content: {
          type: 'TRUE_FALSE',
          stem: 'Water boils at 100 °C at sea level: true or false?',
          correct: true,
        },
        markingPointKey: 'mp-ffee001122',
        level: 'RECALL',
        feedback: { correct: 'At sea level, yes.', incorrect: 'It does.' },
        maxScore: 1,
      },
    ]);
  });

  it('should report a closing brace with no opening one', () => {
    const sut = importGift('\n\n::Stray:: 2 + 2 } 4\n');

    expect(sut.errors).toEqual([{ line: 3, question: 'Stray', reason: 'a "}" has no "{" before it' }]);
  });

  it('should read a missing-word question with a blank where the answers were', () => {
    const sut = importGift("Grant is {~buried =entombed ~living} in Grant's tomb.");

    expect(sut.items[0]?.content).toEqual({
      type: 'SINGLE_CHOICE',
      stem: "Grant is _____ in Grant's tomb.",
      options: [
        { id: 'a', text: 'buried' },
        { id: 'b', text: 'entombed' },
        { id: 'c', text: 'living' },
      ],
      correctOptionId: 'b',
    });
  });

  it('should read an essay without a Markpoint rubric as one criterion for the whole answer', () => {
    const sut = importGift('::Essay:: Discuss the causes of inflation.{}');

    expect(sut.items[0]?.content).toEqual({
      type: 'EXTENDED_RESPONSE',
      stem: 'Discuss the causes of inflation.',
      rubric: [{ id: 'c1', description: 'The answer as a whole', marks: 1 }],
      guidance: '',
    });
  });
});
