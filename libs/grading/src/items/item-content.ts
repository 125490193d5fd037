/**
 * The item model: what a question is, independent of storage and delivery. Generated items,
 * hand-written items, imported items and frozen attempt items all use these shapes.
 */
export type ItemType =
  | 'SINGLE_CHOICE'
  | 'MULTIPLE_RESPONSE'
  | 'TRUE_FALSE'
  | 'ORDERING'
  | 'MATCHING'
  | 'NUMERIC'
  | 'SHORT_ANSWER'
  | 'EXTENDED_RESPONSE';

export const ITEM_TYPES: readonly ItemType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_RESPONSE',
  'TRUE_FALSE',
  'ORDERING',
  'MATCHING',
  'NUMERIC',
  'SHORT_ANSWER',
  'EXTENDED_RESPONSE',
];

export type CognitiveLevel = 'RECALL' | 'UNDERSTAND' | 'APPLY' | 'ANALYSE';

/** The cognitive levels, lowest demand first. */
export const COGNITIVE_LEVELS: readonly CognitiveLevel[] = ['RECALL', 'UNDERSTAND', 'APPLY', 'ANALYSE'];

export interface ChoiceOption {
  id: string;
  text: string;
  /** Why this option is right or wrong; shown only after submission. */
  feedback?: string;
}

export interface SingleChoiceContent {
  type: 'SINGLE_CHOICE';
  stem: string;
  options: ChoiceOption[];
  correctOptionId: string;
}

export interface MultipleResponseContent {
  type: 'MULTIPLE_RESPONSE';
  stem: string;
  options: ChoiceOption[];
  correctOptionIds: string[];
}

export interface TrueFalseContent {
  type: 'TRUE_FALSE';
  /** A statement the learner judges. */
  stem: string;
  correct: boolean;
}

export interface OrderingContent {
  type: 'ORDERING';
  stem: string;
  /** In the correct order; delivery shuffles them. */
  steps: { id: string; text: string }[];
}

export interface MatchingContent {
  type: 'MATCHING';
  stem: string;
  /** Each prompt matches exactly one answer. */
  pairs: { id: string; prompt: string; answer: string }[];
  /** Extra answers that match no prompt. */
  distractors: string[];
}

/** A parameter of a numeric item, drawn per attempt from the attempt's seed. */
export interface NumericParameter {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  unit?: string;
}

export interface NumericContent {
  type: 'NUMERIC';
  /** With `{name}` placeholders for the parameters. */
  stem: string;
  /** A formula id from the grading lib's formula table (e.g. `GROSS_PROFIT`). */
  formula: FormulaId;
  parameters: NumericParameter[];
  tolerance: { kind: 'ABSOLUTE' | 'RELATIVE'; value: number };
  unit?: string;
  decimals: number;
}

export interface ShortAnswerContent {
  type: 'SHORT_ANSWER';
  stem: string;
  /** Accepted answers; compared after normalisation (case, spacing, punctuation, `&`/`and`). */
  acceptedAnswers: string[];
}

export interface RubricCriterion {
  id: string;
  description: string;
  marks: number;
}

export interface ExtendedResponseContent {
  type: 'EXTENDED_RESPONSE';
  stem: string;
  rubric: RubricCriterion[];
  /** Guidance for the marker (what a full-mark answer contains). */
  guidance: string;
}

export type ItemContent =
  | SingleChoiceContent
  | MultipleResponseContent
  | TrueFalseContent
  | OrderingContent
  | MatchingContent
  | NumericContent
  | ShortAnswerContent
  | ExtendedResponseContent;

/** Named calculations the service can compute; the formula table lives in the grading lib. */
export type FormulaId =
  | 'GROSS_PROFIT'
  | 'NET_PROFIT'
  | 'GROSS_PROFIT_MARGIN'
  | 'NET_PROFIT_MARGIN'
  | 'BREAK_EVEN_UNITS'
  | 'VARIANCE'
  | 'VARIANCE_PERCENT'
  | 'PERCENTAGE_CHANGE'
  | 'MEAN'
  | 'CONVERSION_RATE';

export interface ItemFeedback {
  /** Why the key is right. */
  correct: string;
  /** What to revisit when the answer is wrong. */
  incorrect: string;
}

/** Where an item came from: the specification lines it was generated from. */
export interface ItemProvenance {
  specId: string;
  specVersion: number;
  lines: number[];
}

export interface GeneratorStamp {
  strategy: string;
  version: string;
  seed: string;
}

/** A complete item as the generator produces it and the bank stores it. */
export interface ItemDraft {
  content: ItemContent;
  /** Stable keys of the marking points the item assesses (at least one). */
  markingPointKeys: string[];
  level: CognitiveLevel;
  feedback: ItemFeedback;
  maxScore: number;
  provenance: ItemProvenance;
  generator: GeneratorStamp;
  /** What the item rests on: the phrases and specification lines that tie it to its marking point. */
  evidence?: ItemEvidence;
  /** How sure the generator is that the item is sound (0–1); absent for authored and imported items. */
  confidence?: number;
  /** What the item checker found (warnings only, for a published generated item). */
  findings?: ItemCheckFinding[];
}

/** Why an item counts for its marking point: the phrases it was written from and their lines. */
export interface ItemEvidence {
  phrases: string[];
  lines: number[];
}

/** One item-writing problem, as the question bank's checker reports it. */
export interface ItemCheckFinding {
  rule: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
  field?: string;
  text?: string;
}

/** A learner's answer, by item type. */
export type ItemResponse =
  | { type: 'SINGLE_CHOICE'; optionId: string }
  | { type: 'MULTIPLE_RESPONSE'; optionIds: string[] }
  | { type: 'TRUE_FALSE'; value: boolean }
  | { type: 'ORDERING'; stepIds: string[] }
  | { type: 'MATCHING'; matches: Record<string, string> }
  | { type: 'NUMERIC'; value: number }
  | { type: 'SHORT_ANSWER'; text: string }
  | { type: 'EXTENDED_RESPONSE'; text: string };
