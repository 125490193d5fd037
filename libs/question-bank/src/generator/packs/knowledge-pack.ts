import type { FormulaId } from '@markpoint/grading';

/**
 * A domain knowledge pack: facts a specification takes for granted (what an Act covers, what a
 * model is for, realistic figures for a calculation) and pools of same-category distractors.
 * Packs are YAML files (see libs/question-bank/packs/); `loadPacks` validates them.
 */
export interface KnowledgePack {
  id: string;
  /** Human-readable: "Customer service". */
  name: string;
  /** The file the pack was read from, for error messages and provenance notes. */
  source: string;
  categories: PackCategory[];
  models: PackModel[];
  legislation: PackLegislation[];
  formulas: PackFormula[];
}

/** A category of terms, e.g. "data collection method", whose terms are each other's distractors. */
export interface PackCategory {
  id: string;
  /** Singular, as it reads in a stem: "Which data collection method …". */
  label: string;
  plural: string;
  /** Other ways a specification names the category ("methods of obtaining information"). */
  aliases: string[];
  /** Categories whose terms are plausible but wrong answers to "Which of these is a <label>?". */
  contrasts: string[];
  terms: PackTerm[];
}

export interface PackTerm {
  term: string;
  aliases: string[];
  /** Completes "Which <label> <description>?" and "<term> <description>.": a verb phrase. */
  description?: string;
}

export interface PackModel {
  name: string;
  acronym?: string;
  /** Other names a specification may use ("LATER", "Plan-Do-Check-Act"). */
  aliases: string[];
  steps: string[];
  ordered: boolean;
  /** What the model is for, completing "Which model is used for <purpose>?". */
  purpose: string;
  /** Models of the same category are never distractors for each other. */
  category: string;
  /** Words that relate the model to marking points ("complaints", "service recovery"). */
  keywords: string[];
}

export interface PackLegislation {
  /** Without the year: "Consumer Rights Act". */
  name: string;
  year: number;
  /** Short names: "RIDDOR", "HSWA". */
  aliases: string[];
  /** A noun phrase: "the rights of consumers who buy goods, services and digital content". */
  covers: string;
  /** A verb phrase completing "Which piece of legislation <purpose>?". */
  purpose: string;
  keywords: string[];
}

export interface PackFormulaParameter {
  label: string;
  min: number;
  max: number;
  step: number;
  unit?: string;
}

/** How to ask a named calculation with realistic figures. */
export interface PackFormula {
  formula: FormulaId;
  /** Names a specification may use: "gross profit", "GP". */
  names: string[];
  /** The scenario sentence(s) before the figures: "A garden centre reviews last month's trading." */
  contexts: string[];
  /** The figures, with a `{name}` placeholder per input: "Its sales revenue was {revenue} and …". */
  figures: string;
  /** The question after the figures: "What was its gross profit?" */
  question: string;
  /** Keyed by the formula's input names. */
  parameters: Record<string, PackFormulaParameter>;
  unit?: string;
  decimals: number;
  tolerance: { kind: 'ABSOLUTE' | 'RELATIVE'; value: number };
  /** How to explain the working in feedback. */
  working: string;
}
