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
  /**
   * A formula id from the grading lib's formula table (e.g. `GROSS_PROFIT`), or `EXPRESSION` for a
   * calculation a specification states, which `expression` then carries.
   */
  formula: NumericFormula;
  /** Only with `formula: 'EXPRESSION'`. */
  expression?: NumericExpression;
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

/**
 * A calculation stated by a specification rather than named in the formula table, written as plain
 * arithmetic over its inputs' names: numbers, names, `+ - * / ^` (or `− × ÷`), parentheses and
 * unary minus, e.g. `(netProfit / revenue) * 100` or `weight / height ^ 2`.
 */
export interface NumericExpression {
  text: string;
  /** Exactly the names the text uses; each needs a parameter of the same name. */
  inputs: { name: string; label: string; unit?: string }[];
  /** What the expression computes, as a learner would name it: "magnification". */
  resultName: string;
  /** Inclusive bounds on the rounded result; draws outside them are redrawn (no negative magnification). */
  resultRange?: { min?: number; max?: number };
}

/** A formula table id, or `EXPRESSION` for an item that carries its own `expression`. */
export type NumericFormula = FormulaId | 'EXPRESSION';

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

/**
 * One thing the item checker found wrong with an item. The question bank's linter findings
 * (`LintFinding`) fit this shape; only these fields are stored with the item.
 */
export interface ItemFinding {
  /** The rule that fired, such as `duplicate-option`. */
  rule: string;
  /** ERROR findings keep an item from being approved automatically. */
  severity: 'ERROR' | 'WARNING';
  /** The part of the item at fault (`stem`, `options[2]`…), when the rule names one. */
  field?: string | null;
  message: string;
  /** The offending text, quoted from the item, when there is one. */
  text?: string | null;
}

/** What in the specification supports an item: the phrases it rests on and their line numbers. */
export interface ItemEvidence {
  phrases: string[];
  lines: number[];
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
  /**
   * The generator's confidence that the item is usable as it stands, from 0 to 1. Generation
   * approves an item automatically only at or above the threshold the teacher sets; absent means
   * no estimate (counted as 0).
   */
  confidence?: number;
  /** The checker's findings about this item; ERROR findings keep it a draft. */
  findings?: ItemFinding[];
  /** The specification text the item rests on, shown to the teacher who reviews it. */
  evidence?: ItemEvidence;
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
