import type { ItemDraft } from '@markpoint/grading';
import { assessBank } from './assess-bank';
import { renderBankMarkdown } from './render-bank-markdown';
import { MARKING_POINTS, makeCleanBank } from './testing/make-bank';
import { makeItem, numericContent, trueFalseContent } from './testing/make-item';

function render(items: ItemDraft[], markingPoints = MARKING_POINTS): string {
  return renderBankMarkdown({
    title: 'Customer service bank',
    specLabel: 'Customer service L3 (v2)',
    markingPoints,
    items,
    assessment: assessBank(items, markingPoints),
  });
}

// The lines from the heading of item `n` up to the next item heading.
function itemSection(markdown: string, n: number): string {
  const start = markdown.indexOf(`### Item ${n} ·`);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe(renderBankMarkdown.name, () => {
  const sut = renderBankMarkdown;
  const markdown = render(makeCleanBank());

  it('should head the document and each marking point with its text, key and spec line', () => {
    expect(
      markdown.startsWith('# Customer service bank\n\nSpecification: Customer service L3 (v2) · 16 items'),
    ).toBe(true);
    expect(markdown).toContain(
      '## 1. Explain the purpose of a service level agreement\n\nMarking point `mp-0123456789` · spec line 12 · 8 items\n',
    );
    expect(markdown).toContain(
      '## 2. Describe the Plan-Do-Check-Act cycle\n\nMarking point `mp-abcdef0123` · spec line 14',
    );
  });

  it('should mark the key of a single-choice item', () => {
    expect(itemSection(markdown, 2)).toContain(
      [
        '### Item 2 · Single choice · RECALL · 1 mark',
        '',
        'Question 2: which document sets out a service?',
        '',
        '1. A service level agreement',
        '2. A customer satisfaction survey **(key)**',
        '3. A mission statement',
        '4. A complaints log',
      ].join('\n'),
    );
  });

  it('should mark every key of a multiple-response item and the true/false answer', () => {
    expect(itemSection(markdown, 6)).toContain(
      '1. Telephone **(key)**\n2. Balance sheet\n3. Email **(key)**\n',
    );
    expect(itemSection(markdown, 7)).toContain('- True **(key)**\n- False\n');
  });

  it('should show ordering steps in the correct order and matching pairs as a table', () => {
    expect(itemSection(markdown, 8)).toContain('Correct order:\n\n1. Plan\n2. Do\n3. Check\n4. Act\n');
    expect(itemSection(markdown, 13)).toContain(
      '| Prompt | Answer |\n| --- | --- |\n| B2B | → Other businesses |\n| B2C | → Consumers |\n',
    );
    expect(itemSection(markdown, 13)).toContain('Distractors: Shareholders\n');
  });

  it('should show a numeric item with its formula, ranges, tolerance and a worked example', () => {
    const content = numericContent({
      parameters: [
        { name: 'revenue', label: 'Revenue', min: 12000, max: 12000, step: 500, unit: '£' },
        { name: 'costOfSales', label: 'Cost of sales', min: 7500, max: 7500, step: 500, unit: '£' },
      ],
      tolerance: { kind: 'RELATIVE', value: 0.01 },
      decimals: 2,
    });
    const section = itemSection(render([makeItem(content)]), 1);
    expect(section).toContain(
      'Revenue is {revenue} and the cost of sales is {costOfSales}. What is the gross profit?',
    );
    expect(section).toContain('Formula: Gross profit = `revenue − costOfSales`');
    expect(section).toContain('| {revenue} | Revenue | 12000 | 12000 | 500 | £ |');
    expect(section).toContain('Answer: 2 decimal places in £, tolerance ±1% (relative)');
    expect(section).toContain(
      'Worked example (seed `example`):\n\n> Revenue is £12,000 and the cost of sales is £7,500. What is the gross profit?\n\nKey: **£4,500.00**',
    );
  });

  it('should explain why an invalid numeric item has no worked example', () => {
    const section = itemSection(render([makeItem(numericContent({ stem: 'No placeholders?' }))]), 1);
    expect(section).toContain('_No worked example: Numeric item content is invalid_');
  });

  it('should list accepted answers and the rubric with guidance', () => {
    expect(itemSection(markdown, 15)).toContain('Accepted answers:\n\n- service level agreement\n');
    expect(itemSection(markdown, 16)).toContain(
      '| Criterion | Description | Marks |\n| --- | --- | --- |\n| c1 | States what an SLA sets out | 2 |\n',
    );
    expect(itemSection(markdown, 16)).toContain('Guidance: A full answer defines an SLA');
  });

  it('should show feedback, provenance and strategy', () => {
    expect(itemSection(markdown, 7)).toContain(
      'Feedback when correct: Yes: that is the definition.\n\nFeedback when incorrect: Revisit the definition.\n\n' +
        '_Spec line 12 · strategy `hand-made` (version 1) · seed `test`_',
    );
  });

  it("should list unaligned items and show an item's findings under it", () => {
    const items = [
      ...makeCleanBank(),
      makeItem(trueFalseContent({ stem: 'An SLA is a contract' }), { markingPointKeys: [] }),
    ];
    const output = render(items);
    expect(output).toContain('## Items aligned to no marking point\n\n### Item 17 · True/false');
    expect(itemSection(output, 17)).toContain(
      '> - **WARNING** `true-false`: the statement does not end with a full stop\n> - **ERROR** `alignment`: has no marking-point key',
    );
  });

  it('should end with the quality summary, coverage table and findings', () => {
    const extra = { key: 'mp-eeeeeeeeee', text: 'Name a | channel', line: 30 };
    const output = render(makeCleanBank(), [...MARKING_POINTS, extra]);
    const quality = output.slice(output.indexOf('## Quality'));
    expect(quality).toContain(
      '**Not OK**: 0 errors, 0 warnings; 2 of 3 marking points covered; 0 items aligned to no marking point.',
    );
    expect(quality).toContain(
      '| ✗ | Name a \\| channel | mp-eeeeeeeeee | 30 | 0 |  |  | needs a teacher-written item: 0 items of 0 types; needs at least 3 items of at least 2 types |',
    );
    expect(quality.endsWith('### Findings\n\nNo findings.\n')).toBe(true);
    expect(output).toContain('_No items assess this marking point._');
  });

  it('should render the same input to the same text', () => {
    const items = makeCleanBank();
    const input = {
      title: 'T',
      specLabel: 'S',
      markingPoints: MARKING_POINTS,
      items,
      assessment: assessBank(items, MARKING_POINTS),
    };
    expect(sut(input)).toBe(sut(input));
    expect(sut(input)).toBe(
      render(makeCleanBank())
        .replace('# Customer service bank', '# T')
        .replace('Customer service L3 (v2)', 'S'),
    );
  });
});
