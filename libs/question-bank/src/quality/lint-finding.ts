/** Every rule `lintBank` applies, in the order it runs them; the item-writing rules come last. */
export const LINT_RULES = [
  'duplicate-stem',
  'duplicate-option',
  'single-key',
  'all-none-of-the-above',
  'key-longest',
  'key-position',
  'numeric-key',
  'ordering-key',
  'matching',
  'rubric',
  'true-false',
  'short-answer',
  'feedback',
  'alignment',
  // Item-writing flaws (ITEM-QUALITY.md): run by generation and the quality report.
  'exam-tip',
  'assessor-wording',
  'cue-phrase',
  'strawman',
  'garbled-text',
  'no-data',
  'rubric-relevance',
  'feedback-reference',
  'non-sequence',
  'misalignment',
  'mirror-pair',
  'recycled-text',
  'predictable-keys',
  'stem-clue',
] as const;

export type LintRule = (typeof LINT_RULES)[number];

export type LintSeverity = 'ERROR' | 'WARNING';

/** One problem in a bank. Messages number items from 1; `itemIndex` is the 0-based bank position. */
export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  /** The item's position in the bank; null for findings about the bank as a whole. */
  itemIndex: number | null;
  message: string;
  /** The field at fault ("stem", "options[2]", "rubric[1]", "feedback.incorrect"), when one is. */
  field?: string;
  /** The text at fault, as the item has it. */
  text?: string;
}

/** A sequence the specification states in order (a model, cycle or process) and the lines it is on. */
export interface OrderedFact {
  lines: number[];
  steps: string[];
}

/** A marking point as the alignment check sees it: its text and what the specification says about it. */
export interface AlignmentTarget {
  key: string;
  text: string;
  /** Texts of the specification lines that concern the same thing (concepts, misconceptions, tips). */
  related: string[];
}

export interface LintOptions {
  /** When given, ordering items built from these lines must keep the specification's order. */
  orderedFacts?: OrderedFact[];
  /**
   * Also run the item-writing rules (cue phrases, exam tips, strawmen, mirror pairs, …). Generation
   * and the quality report do; authoring and import keep to the structural rules, so a teacher's
   * own wording is reported, never refused.
   */
  writing?: boolean;
  /** When given (with `writing`), items must assess the marking point they are tagged to. */
  markingPoints?: AlignmentTarget[];
}
