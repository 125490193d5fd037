import type {
  ExtendedResponseContent,
  ItemContent,
  ItemDraft,
  MatchingContent,
  MultipleResponseContent,
  NumericContent,
  OrderingContent,
  ShortAnswerContent,
  SingleChoiceContent,
  TrueFalseContent,
} from '@markpoint/grading';

// Specs only: hand-made items that pass every lint rule, to override one field per test.

export const MP_KEY = 'mp-0123456789';
export const OTHER_MP_KEY = 'mp-abcdef0123';

/** A valid draft around `content`; an extended response's maxScore defaults to its rubric total. */
export function makeItem(
  content: ItemContent,
  overrides: Partial<Omit<ItemDraft, 'content'>> = {},
): ItemDraft {
  const maxScore =
    content.type === 'EXTENDED_RESPONSE'
      ? content.rubric.reduce((sum, criterion) => sum + criterion.marks, 0)
      : 1;
  return {
    content,
    markingPointKeys: [MP_KEY],
    level: 'RECALL',
    feedback: { correct: 'Yes: that is the definition.', incorrect: 'Revisit the definition.' },
    maxScore,
    provenance: { specId: 'spec-1', specVersion: 1, lines: [12] },
    generator: { strategy: 'hand-made', version: '1', seed: 'test' },
    ...overrides,
  };
}

/** Key "a" (not the longest option); "b" is the strictly longest option. */
export function singleChoiceContent(overrides: Partial<SingleChoiceContent> = {}): SingleChoiceContent {
  return {
    type: 'SINGLE_CHOICE',
    stem: 'Which document sets out the service a customer can expect?',
    options: [
      { id: 'a', text: 'A service level agreement' },
      { id: 'b', text: 'A customer satisfaction survey' },
      { id: 'c', text: 'A mission statement' },
      { id: 'd', text: 'A complaints log' },
    ],
    correctOptionId: 'a',
    ...overrides,
  };
}

export function multipleResponseContent(
  overrides: Partial<MultipleResponseContent> = {},
): MultipleResponseContent {
  return {
    type: 'MULTIPLE_RESPONSE',
    stem: 'Which of these are communication channels?',
    options: [
      { id: 'a', text: 'Telephone' },
      { id: 'b', text: 'Balance sheet' },
      { id: 'c', text: 'Email' },
      { id: 'd', text: 'Payroll' },
      { id: 'e', text: 'Live chat' },
    ],
    correctOptionIds: ['a', 'c', 'e'],
    ...overrides,
  };
}

export function trueFalseContent(overrides: Partial<TrueFalseContent> = {}): TrueFalseContent {
  return {
    type: 'TRUE_FALSE',
    stem: 'A service level agreement sets out the standard of service a customer can expect.',
    correct: true,
    ...overrides,
  };
}

export function orderingContent(overrides: Partial<OrderingContent> = {}): OrderingContent {
  return {
    type: 'ORDERING',
    stem: 'Put the stages of the Plan-Do-Check-Act cycle in order.',
    steps: [
      { id: 's1', text: 'Plan' },
      { id: 's2', text: 'Do' },
      { id: 's3', text: 'Check' },
      { id: 's4', text: 'Act' },
    ],
    ...overrides,
  };
}

export function matchingContent(overrides: Partial<MatchingContent> = {}): MatchingContent {
  return {
    type: 'MATCHING',
    stem: 'Match each market type to its customers.',
    pairs: [
      { id: 'p1', prompt: 'B2B', answer: 'Other businesses' },
      { id: 'p2', prompt: 'B2C', answer: 'Consumers' },
      { id: 'p3', prompt: 'Internal', answer: 'Colleagues in other teams' },
    ],
    distractors: ['Shareholders'],
    ...overrides,
  };
}

/** Gross profit with a cost of sales always below revenue, so every draw is acceptable. */
export function numericContent(overrides: Partial<NumericContent> = {}): NumericContent {
  return {
    type: 'NUMERIC',
    stem: 'Revenue is {revenue} and the cost of sales is {costOfSales}. What is the gross profit?',
    formula: 'GROSS_PROFIT',
    parameters: [
      { name: 'revenue', label: 'Revenue', min: 10000, max: 50000, step: 500, unit: '£' },
      { name: 'costOfSales', label: 'Cost of sales', min: 5000, max: 9000, step: 500, unit: '£' },
    ],
    tolerance: { kind: 'ABSOLUTE', value: 0 },
    unit: '£',
    decimals: 0,
    ...overrides,
  };
}

export function shortAnswerContent(overrides: Partial<ShortAnswerContent> = {}): ShortAnswerContent {
  return {
    type: 'SHORT_ANSWER',
    stem: 'What does SLA stand for?',
    acceptedAnswers: ['service level agreement'],
    ...overrides,
  };
}

export function extendedResponseContent(
  overrides: Partial<ExtendedResponseContent> = {},
): ExtendedResponseContent {
  return {
    type: 'EXTENDED_RESPONSE',
    stem: 'Explain how a service level agreement helps to manage customer expectations.',
    rubric: [
      { id: 'c1', description: 'States what an SLA sets out', marks: 2 },
      { id: 'c2', description: 'Links the SLA to expectations', marks: 2 },
    ],
    guidance: 'A full answer defines an SLA and explains how published standards shape expectations.',
    ...overrides,
  };
}

/** One valid item of every type, each with its own stem. */
export function oneOfEachType(overrides: Partial<Omit<ItemDraft, 'content'>> = {}): ItemDraft[] {
  return [
    singleChoiceContent(),
    multipleResponseContent(),
    trueFalseContent(),
    orderingContent(),
    matchingContent(),
    numericContent(),
    shortAnswerContent(),
    extendedResponseContent(),
  ].map((content) => makeItem(content, overrides));
}
