import { drawParameters, numericKey, type ItemContent, type NumericContent } from '@markpoint/grading';
import type { ExportBank } from '../export-bank';
import { customerServiceBank, makeDraft, MP_PROFIT, MP_SERVICE } from '../testing/sample-bank';
import { EXPORT_SEED } from '../utils/numeric-instance';
import { exportGift } from './export-gift';

function oneItemBank(content: ItemContent, feedback = { correct: '', incorrect: '' }): ExportBank {
  return { ...customerServiceBank(), items: [makeDraft(content, { feedback })] };
}

// The lines of the one question in the export, without its comments.
function questionLines(content: ItemContent, feedback?: { correct: string; incorrect: string }): string[] {
  const blocks = exportGift(oneItemBank(content, feedback)).text.trim().split('\n\n');
  return (blocks[blocks.length - 1] ?? '').split('\n').filter((line) => !line.startsWith('//'));
}

describe(exportGift.name, () => {
  it('should skip ordering items, naming them in a comment at the top and in skipped', () => {
    const sut = exportGift(customerServiceBank());

    expect(sut.skipped).toEqual([
      { index: 3, type: 'ORDERING', reason: 'GIFT has no ordering question' },
      { index: 11, type: 'ORDERING', reason: 'GIFT has no ordering question' },
    ]);
    expect(sut.text.split('\n').slice(0, 3)).toEqual([
      '// Markpoint bank: Customer service: sample bank (14 of 16 items), as GIFT.',
      '// Skipped: item 4 (ORDERING) "Put the steps of the LATER model in order.": GIFT has no ordering question.',
      '// Skipped: item 12 (ORDERING) "Order the Plan-Do-Check-Act cycle.": GIFT has no ordering question.',
    ]);
  });

  it('should open a $CATEGORY per marking point under the topic', () => {
    const sut = exportGift(customerServiceBank())
      .text.split('\n')
      .filter((line) => line.startsWith('$CATEGORY:'));

    expect(sut).toEqual([
      `$CATEGORY: $course$/top/Customer service/${MP_SERVICE} Explain how service standards manage customer expectations.`,
      `$CATEGORY: $course$/top/Customer service/${MP_PROFIT} Calculate and interpret gross profit // margin figures.`,
    ]);
  });

  it('should give each question its idnumber and tags in the comment Moodle reads, and a title', () => {
    const sut = exportGift(customerServiceBank()).text.split('\n\n')[2] ?? '';

    expect(sut.split('\n')[0]).toMatch(
      new RegExp(`^// \\[id:I_[0-9a-f]{12}\\] \\[tag:mp:${MP_SERVICE}\\] \\[tag:level:recall\\]$`),
    );
    expect(sut).toContain(
      '\n::Which document sets out the service a customer can expect?::[html]Which document',
    );
  });

  it('should escape GIFT special characters with a backslash', () => {
    const [sut] = questionLines({ type: 'TRUE_FALSE', stem: 'a~b=c#d{e}f:g\\h', correct: true });

    expect(sut).toBe('::a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h::[html]a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h{');
  });

  it('should write a single choice as =key ~other#feedback', () => {
    const [, ...sut] = questionLines(customerServiceBank().items[0].content);

    expect(sut).toEqual([
      '\t=A service level agreement#Yes\\: it states the standards.',
      '\t~A complaints log#A log records complaints after the fact.',
      '\t~A mission statement',
      '}',
    ]);
  });

  it('should weight multiple-response answers so the keys make 100 and wrong ones cancel them', () => {
    const [, ...sut] = questionLines(customerServiceBank().items[1].content);

    expect(sut).toEqual([
      '\t~%50%Telephone',
      '\t~%-50%Balance sheet#A financial statement, not a channel.',
      '\t~%50%Email',
      '\t~%-50%Payroll',
      '}',
    ]);
  });

  it('should write true/false as T or F with the incorrect feedback and the correct one as general feedback', () => {
    const sut = questionLines(
      { type: 'TRUE_FALSE', stem: 'Profit is revenue.', correct: false },
      { correct: 'Profit is revenue less costs.', incorrect: 'Costs come off first.' },
    );

    expect(sut.slice(1)).toEqual(['\tF#Costs come off first.', '\t####Profit is revenue less costs.', '}']);
  });

  it('should write matching pairs as =prompt -> answer and a distractor with no prompt', () => {
    const [, ...sut] = questionLines(customerServiceBank().items[4].content);

    expect(sut).toEqual([
      '\t=Consumer Rights Act 2015 -> Goods and services',
      '\t=Equality Act 2010 -> Discrimination',
      '\t=Data Protection Act 2018 -> Personal data',
      '\t= -> Health and safety at sea',
      '}',
    ]);
  });

  it('should skip a matching item with fewer than three pairs', () => {
    const sut = exportGift(
      oneItemBank({
        type: 'MATCHING',
        stem: 'Match.',
        pairs: [
          { id: 'p1', prompt: 'A', answer: '1' },
          { id: 'p2', prompt: 'B', answer: '2' },
        ],
        distractors: [],
      }),
    );

    expect(sut.skipped).toEqual([
      { index: 0, type: 'MATCHING', reason: 'GIFT matching needs at least 3 pairs (this item has 2)' },
    ]);
  });

  it('should write short answers as =answer, escaping a literal asterisk for Moodle', () => {
    const [, ...sut] = questionLines({
      type: 'SHORT_ANSWER',
      stem: 'Which?',
      acceptedAnswers: ['gross profit', 'a*b'],
    });

    expect(sut).toEqual(['\t=gross profit', '\t=a\\\\*b', '}']);
  });

  it('should skip a short answer whose accepted answer contains "->"', () => {
    const sut = exportGift(
      oneItemBank({ type: 'SHORT_ANSWER', stem: 'Flow?', acceptedAnswers: ['in -> out'] }),
    );

    expect(sut.skipped[0]?.reason).toBe(
      'the accepted answer "in -> out" contains "->", which GIFT reads as matching',
    );
  });

  it('should write a numeric item as {#key:tolerance} for one instance drawn with the export seed', () => {
    const content = customerServiceBank().items[5].content as NumericContent;
    const key = numericKey(content, drawParameters(content, EXPORT_SEED));

    const sut = questionLines(content);

    expect(sut.slice(1)).toEqual([`\t#${key}:1`, '}']);
  });

  it('should write an essay with an empty answer block', () => {
    const sut = questionLines(customerServiceBank().items[7].content);

    expect(sut.slice(1)).toEqual(['}']);
  });
});
