import type { CognitiveLevel, ItemFeedback } from '@markpoint/grading';
import type { Fact } from '../../facts/fact-types';
import type { Candidate } from '../support/choice-options';

/**
 * A choice question before its options are drawn: the stem, the right answer(s), and a pool of
 * same-category wrong answers with the reason each is wrong. Single-choice and multiple-response
 * strategies turn these into items.
 */
export interface ChoiceQuestion {
  /** Which builder wrote it, for the generator stamp ("single-choice/law-purpose"). */
  family: string;
  stem: string;
  keys: Candidate[];
  pool: Candidate[];
  /** Distractors sharing a meaningful word with any of these are dropped. */
  avoid?: string[];
  level: CognitiveLevel;
  facts: Fact[];
  feedback: ItemFeedback;
}
