import type { ItemContent, ItemDraft } from '@markpoint/grading';
import type { ExportBank } from '../export-bank';

// Specs only: hand-made banks with at least two items of every type, so the interchange tests do
// not depend on the generator. The second bank's text is full of characters each format escapes.

export const MP_SERVICE = 'mp-0123456789';
export const MP_PROFIT = 'mp-abcdef0123';
export const MP_UNLISTED = 'mp-9999999999';

// A draft around `content`; an extended response's maxScore is its rubric total.
export function makeDraft(
  content: ItemContent,
  overrides: Partial<Omit<ItemDraft, 'content'>> = {},
): ItemDraft {
  const maxScore =
    content.type === 'EXTENDED_RESPONSE'
      ? content.rubric.reduce((sum, criterion) => sum + criterion.marks, 0)
      : 1;
  return {
    content,
    markingPointKeys: [MP_SERVICE],
    level: 'RECALL',
    feedback: { correct: 'That is what the specification says.', incorrect: 'Revisit the specification.' },
    maxScore,
    provenance: { specId: 'spec-1', specVersion: 1, lines: [12] },
    generator: { strategy: 'hand-made', version: '1', seed: 'test' },
    ...overrides,
  };
}

// One content of every type, each with its type's usual features (option feedback, distractors…).
export function contentsOfEveryType(text: (plain: string) => string = (plain) => plain): ItemContent[] {
  return [
    {
      type: 'SINGLE_CHOICE',
      stem: text('Which document sets out the service a customer can expect?'),
      options: [
        { id: 'a', text: text('A service level agreement'), feedback: text('Yes: it states the standards.') },
        {
          id: 'b',
          text: text('A complaints log'),
          feedback: text('A log records complaints after the fact.'),
        },
        { id: 'c', text: text('A mission statement') },
      ],
      correctOptionId: 'a',
    },
    {
      type: 'MULTIPLE_RESPONSE',
      stem: text('Which of these are communication channels? Select all that apply.'),
      options: [
        { id: 'a', text: text('Telephone') },
        { id: 'b', text: text('Balance sheet'), feedback: text('A financial statement, not a channel.') },
        { id: 'c', text: text('Email') },
        { id: 'd', text: text('Payroll') },
      ],
      correctOptionIds: ['a', 'c'],
    },
    { type: 'TRUE_FALSE', stem: text('A complaint is an opportunity to keep a customer.'), correct: true },
    {
      type: 'ORDERING',
      stem: text('Put the steps of the LATER model in order.'),
      steps: ['Listen', 'Apologise', 'Thank', 'Explain', 'Resolve'].map((step, index) => ({
        id: `s${index + 1}`,
        text: text(step),
      })),
    },
    {
      type: 'MATCHING',
      stem: text('Match each act to what it covers.'),
      pairs: [
        { id: 'p1', prompt: text('Consumer Rights Act 2015'), answer: text('Goods and services') },
        { id: 'p2', prompt: text('Equality Act 2010'), answer: text('Discrimination') },
        { id: 'p3', prompt: text('Data Protection Act 2018'), answer: text('Personal data') },
      ],
      distractors: [text('Health and safety at sea')],
    },
    {
      type: 'NUMERIC',
      stem: text(
        'Revenue was {revenue} and cost of sales {costOfSales}. What was the gross profit, in pounds?',
      ),
      formula: 'GROSS_PROFIT',
      parameters: [
        { name: 'revenue', label: 'revenue', min: 30000, max: 90000, step: 1000, unit: '£' },
        { name: 'costOfSales', label: 'cost of sales', min: 10000, max: 29000, step: 500, unit: '£' },
      ],
      tolerance: { kind: 'ABSOLUTE', value: 1 },
      unit: '£',
      decimals: 0,
    },
    {
      type: 'SHORT_ANSWER',
      stem: text('Which measure is calculated as revenue − cost of sales?'),
      acceptedAnswers: [text('gross profit'), 'GP'],
    },
    {
      type: 'EXTENDED_RESPONSE',
      stem: text('Explain how a service level agreement manages customer expectations.'),
      rubric: [
        { id: 'c1', description: text('States what an SLA is'), marks: 2 },
        { id: 'c2', description: text('Links it to expectations with an example'), marks: 3 },
      ],
      guidance: text('A full-mark answer defines the SLA and gives an example.'),
    },
  ];
}

// A second content of every type, different in shape from the first (more keys, RELATIVE tolerance…).
export function moreContentsOfEveryType(): ItemContent[] {
  return [
    {
      type: 'SINGLE_CHOICE',
      stem: 'Which of these is a business market type?',
      options: ['Incremental', 'B2B', 'Gross profit', 'Disruptive'].map((option, index) => ({
        id: String.fromCharCode(97 + index),
        text: option,
      })),
      correctOptionId: 'b',
    },
    {
      type: 'MULTIPLE_RESPONSE',
      stem: 'Which are business market types?',
      options: ['B2C', 'Internal', 'B2B', 'Break-even', 'Disruptive'].map((option, index) => ({
        id: String.fromCharCode(97 + index),
        text: option,
      })),
      correctOptionIds: ['a', 'b', 'c'],
    },
    { type: 'TRUE_FALSE', stem: 'Gross profit is revenue minus all expenses.', correct: false },
    {
      type: 'ORDERING',
      stem: 'Order the Plan-Do-Check-Act cycle.',
      steps: ['Plan', 'Do', 'Check', 'Act'].map((step, index) => ({ id: `s${index + 1}`, text: step })),
    },
    {
      type: 'MATCHING',
      stem: 'Match each figure to its formula.',
      pairs: [
        { id: 'p1', prompt: 'Gross profit', answer: 'Revenue − cost of sales' },
        { id: 'p2', prompt: 'Net profit', answer: 'Gross profit − expenses' },
        { id: 'p3', prompt: 'Variance', answer: 'Actual − budget' },
        { id: 'p4', prompt: 'Mean', answer: 'Sum ÷ count' },
      ],
      distractors: [],
    },
    {
      type: 'NUMERIC',
      stem: 'Revenue was {revenue} and cost of sales {costOfSales}. What is the gross profit margin, in %, to 1 decimal place?',
      formula: 'GROSS_PROFIT_MARGIN',
      parameters: [
        { name: 'revenue', label: 'revenue', min: 40000, max: 80000, step: 500, unit: '£' },
        { name: 'costOfSales', label: 'cost of sales', min: 10000, max: 30000, step: 250, unit: '£' },
      ],
      tolerance: { kind: 'RELATIVE', value: 0.01 },
      unit: '%',
      decimals: 1,
    },
    {
      type: 'SHORT_ANSWER',
      stem: 'In which year was the Data Protection Act passed?',
      acceptedAnswers: ['2018'],
    },
    {
      type: 'EXTENDED_RESPONSE',
      stem: 'Evaluate two methods of collecting customer feedback.',
      rubric: [
        { id: 'c1', description: 'Describes two methods', marks: 2 },
        { id: 'c2', description: 'Weighs a strength and a weakness of each', marks: 2 },
        { id: 'c3', description: 'Reaches a justified judgement', marks: 1 },
      ],
      guidance: 'Surveys and mystery shopping are typical.\nCredit any valid method.',
    },
  ];
}

const MARKING_POINTS: ExportBank['markingPoints'] = [
  { key: MP_SERVICE, text: 'Explain how service standards manage customer expectations.', line: 23 },
  { key: MP_PROFIT, text: 'Calculate and interpret gross profit / margin figures.', line: 25 },
];

// Plain text: every type twice, over two listed marking points, levels and scores varied.
export function customerServiceBank(): ExportBank {
  const first = contentsOfEveryType().map((content) => makeDraft(content));
  const second = moreContentsOfEveryType().map((content, index) =>
    makeDraft(content, {
      markingPointKeys: index % 3 === 0 ? [MP_PROFIT, MP_SERVICE] : [MP_PROFIT],
      level: index % 2 === 0 ? 'APPLY' : 'ANALYSE',
      feedback: { correct: `Right: reason ${index + 1}.`, incorrect: `Look again at point ${index + 1}.` },
      provenance: { specId: 'spec-1', specVersion: 2, lines: [25, 26] },
    }),
  );
  return {
    title: 'Customer service: sample bank',
    topic: 'Customer service',
    markingPoints: MARKING_POINTS,
    items: [...first, ...second],
  };
}

// Every character GIFT, Moodle XML, HTML or CSV treat specially, plus a line break.
const AWKWARD = ' & <b> "q" \'s {1} ~y =z #1 a:b \\ 50% *, ]]> -- [id:1] ;\nNext line';

// Awkward text in every field, an unlisted marking point and an item with no marking point.
export function awkwardTextBank(): ExportBank {
  const withAwkward = (plain: string): string => `${plain}${AWKWARD}`;
  const items = contentsOfEveryType(withAwkward).map((content, index) =>
    makeDraft(content, {
      markingPointKeys: index === 0 ? [] : index % 2 === 0 ? [MP_UNLISTED] : [MP_SERVICE],
      feedback: { correct: withAwkward('Correct'), incorrect: withAwkward('Incorrect') },
    }),
  );
  const extra = moreContentsOfEveryType().map((content) => makeDraft(content, { level: 'ANALYSE' }));
  return {
    title: withAwkward('Awkward / "text"'),
    topic: 'Business & finance / costs',
    markingPoints: [{ key: MP_SERVICE, text: withAwkward('Service standards'), line: 3 }],
    items: [...items, ...extra],
  };
}

export function sampleBanks(): { name: string; bank: ExportBank }[] {
  return [
    { name: 'customer service', bank: customerServiceBank() },
    { name: 'awkward text', bank: awkwardTextBank() },
  ];
}
