/** Every rule `lintBank` applies, in the order it runs them. */
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
}

/** A sequence the specification states in order (a model, cycle or process) and the lines it is on. */
export interface OrderedFact {
  lines: number[];
  steps: string[];
}

export interface LintOptions {
  /** When given, ordering items built from these lines must keep the specification's order. */
  orderedFacts?: OrderedFact[];
}
