import type { FormulaId } from '@markpoint/grading';

/** Where in the specification a fact was found. */
export type FactSource =
  'OPENING' | 'SYNOPSIS' | 'KEY_CONCEPT' | 'EXAM_TIP' | 'MISCONCEPTION' | 'MARKING_POINT' | 'OTHER';

interface FactCommon {
  /** Stable within one fact base: kind, first line and position on the line. */
  id: string;
  source: FactSource;
  /** The 1-based lines of the specification the fact was read from (never empty). */
  lines: number[];
  /** The key concept the line belongs to, when it came from a key concept bullet. */
  concept?: string;
}

/** A named model, cycle or framework with its parts, e.g. the LATER model or PDCA. */
export interface ModelFact extends FactCommon {
  kind: 'MODEL';
  /** As learners write it: "LATER model", "Plan-Do-Check-Act (PDCA) cycle". */
  name: string;
  acronym?: string;
  steps: string[];
  /** Whether the steps are a sequence (a model, cycle, process) rather than a set (a triad, a mix). */
  ordered: boolean;
}

/** An abbreviation written with its expansion, e.g. "service level agreements (SLAs)". */
export interface AcronymFact extends FactCommon {
  kind: 'ACRONYM';
  acronym: string;
  expansion: string;
}

export interface LegislationFact extends FactCommon {
  kind: 'LEGISLATION';
  /** "Consumer Rights Act" */
  name: string;
  year?: number;
  /** "Consumer Rights Act 2015" */
  title: string;
}

/** A list of examples or of categories under a heading noun phrase. */
export interface EnumerationFact extends FactCommon {
  kind: 'ENUMERATION' | 'CATEGORY';
  /** The noun phrase the items belong to: "analytical tools", "business market types". */
  head: string;
  items: string[];
  /** CATEGORY lists are a complete classification (B2B, B2C, internal); ENUMERATIONs are examples. */
  marker: 'BRACKETS' | 'E_G' | 'SUCH_AS' | 'INCLUDING' | 'LIKE';
  /** Said to be in order, or headed by stages/steps/phases: the fact base turns it into a model. */
  sequence: boolean;
}

/** Terms the spec defines side by side, e.g. organelles and their functions, pricing strategies. */
export interface PairsFact extends FactCommon {
  kind: 'PAIRS';
  /** What the terms are: the key concept's name ("Cell organelles", "Pricing strategies"). */
  head: string;
  /** "Mitochondria" + "are the site of" + "aerobic respiration"; `description` is the answer text. */
  pairs: { term: string; verb: string; object: string; description: string }[];
}

/** A stated equivalence between quantities in two units: "1 mm = 1000 µm", "0.25 mm = 250 µm". */
export interface EqualityFact extends FactCommon {
  kind: 'EQUALITY';
  left: { value: number; unit: string };
  right: { value: number; unit: string };
}

/** A named calculation the formula table can compute. */
export interface CalculationFact extends FactCommon {
  kind: 'CALCULATION';
  /** As written in the spec: "gross profit", "break-even". */
  name: string;
  formula: FormulaId;
}

/** A quantity in a stated formula: "image size", "weight" in kg. */
export interface FormulaQuantity {
  /** A camelCase name for the expression: "imageSize". */
  name: string;
  /** As the spec writes it, without articles: "image size". */
  label: string;
  unit?: string;
  /** A value the same line gives as an example ("break-even point is 800 units"). */
  example?: number;
  /** The abbreviation the spec gives in brackets: "NPS" for "Net Promoter Score (NPS)". */
  abbreviation?: string;
}

/** A stated threshold to judge a formula's result by: "a ratio between 1.5 and 2 is usually considered healthy". */
export interface Benchmark {
  comparison: 'BETWEEN' | 'ABOVE' | 'BELOW';
  /** One threshold, or the two ends of a BETWEEN range, in increasing order. */
  values: number[];
  unit?: string;
  /** What the spec says a value on the named side means: "usually considered healthy", "indicates obesity". */
  meaning: string;
  /** The clause as written. */
  text: string;
}

/** A calculation the spec states in words or symbols: "Magnification = image size ÷ actual size". */
export interface FormulaFact extends FactCommon {
  kind: 'FORMULA';
  result: FormulaQuantity;
  inputs: FormulaQuantity[];
  /** Arithmetic over the inputs' names, as grading's NumericExpression reads it: "imageSize / actualSize". */
  expression: string;
  /** The statement as written: "Magnification = image size ÷ actual size". */
  statement: string;
  /** The line says the quantities must be in the same units. */
  sameUnits: boolean;
  /** "× 100" or "as a percentage of": the result is a percentage. */
  percentage: boolean;
  /** Stated as a rearrangement ("rearranged, actual size = …"). */
  rearranged: boolean;
  benchmarks: Benchmark[];
}

export type MisconceptionPattern =
  | 'CONFUSING'
  | 'BELIEVING'
  | 'ASSUMING'
  | 'TREATING'
  | 'FAILING'
  | 'OVERLOOKING'
  | 'PRESENTING'
  | 'SELECTING'
  | 'WITHOUT'
  | 'OTHER';

export interface MisconceptionFact extends FactCommon {
  kind: 'MISCONCEPTION';
  pattern: MisconceptionPattern;
  /** The bullet without its full stop: "Confusing correlation with causation when interpreting sales trends". */
  mistake: string;
  /** A sentence a learner holding the misconception would agree with (false), when one can be written. */
  falseClaim?: string;
  /** The corrected sentence (true), when one can be written. */
  trueClaim?: string;
}

/** A key concept: its name and the definition the spec gives. */
export interface ConceptFact extends FactCommon {
  kind: 'CONCEPT';
  name: string;
  definition: string;
}

/** Exam advice, kept as a sentence a learner can judge (true). */
export interface TipFact extends FactCommon {
  kind: 'TIP';
  advice: string;
}

export type Fact =
  | ModelFact
  | AcronymFact
  | LegislationFact
  | EnumerationFact
  | PairsFact
  | EqualityFact
  | CalculationFact
  | FormulaFact
  | MisconceptionFact
  | ConceptFact
  | TipFact;

export type FactKind = Fact['kind'];

/** What a marking point asks the learner to do: a verb and the words it governs. */
export interface MarkingPointAction {
  verb: ActionVerb;
  /** The words after the verb up to the next action: "business market types (B2B, B2C, internal)". */
  object: string;
}

export type ActionVerb =
  | 'identify'
  | 'describe'
  | 'explain'
  | 'link'
  | 'apply'
  | 'evaluate'
  | 'calculate'
  | 'check'
  | 'analyse'
  | 'interpret'
  | 'justify'
  | 'demonstrate'
  | 'use'
  | 'produce'
  | 'compare'
  | 'handle'
  | 'name'
  | 'state'
  | 'list'
  | 'match'
  | 'distinguish'
  | 'rank'
  | 'write'
  | 'recommend'
  | 'propose'
  | 'convert'
  | 'label';

export interface RelatedFact {
  fact: Fact;
  /** Token-overlap weight; facts read from the marking point's own line score highest. */
  score: number;
}

/** One marking point with what it asks for and the spec material that relates to it. */
export interface MarkingPointFacts {
  key: string;
  text: string;
  line: number;
  endLine: number;
  actions: MarkingPointAction[];
  /** The marking point without examiner wording: "identifying business market types (B2B, …)…". */
  focus: string;
  /** Best first. */
  related: RelatedFact[];
  /** Misconceptions and tips that overlap the point below the threshold, best first. */
  loose: RelatedFact[];
}

export interface FactBase {
  facts: Fact[];
  markingPoints: MarkingPointFacts[];
}
