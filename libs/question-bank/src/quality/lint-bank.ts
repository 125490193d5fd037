import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding, LintOptions } from './lint-finding';
import { alignmentRule } from './rules/alignment.rule';
import { allNoneOfTheAboveRule } from './rules/all-none-of-the-above.rule';
import { duplicateOptionRule } from './rules/duplicate-option.rule';
import { duplicateStemRule } from './rules/duplicate-stem.rule';
import { feedbackRule } from './rules/feedback.rule';
import { keyLongestRule } from './rules/key-longest.rule';
import { keyPositionRule } from './rules/key-position.rule';
import type { LintCheck } from './rules/lint-check';
import { matchingRule } from './rules/matching.rule';
import { numericKeyRule } from './rules/numeric-key.rule';
import { orderingKeyRule } from './rules/ordering-key.rule';
import { rubricRule } from './rules/rubric.rule';
import { shortAnswerRule } from './rules/short-answer.rule';
import { singleKeyRule } from './rules/single-key.rule';
import { trueFalseRule } from './rules/true-false.rule';
import {
  mirrorPairRule,
  predictableKeysRule,
  recycledTextRule,
  stemClueRule,
} from './writing/bank-writing.rules';
import {
  assessorWordingRule,
  cuePhraseRule,
  examTipRule,
  feedbackReferenceRule,
  garbledTextRule,
  misalignmentRule,
  noDataRule,
  nonSequenceRule,
  rubricRelevanceRule,
  strawmanRule,
} from './writing/item-writing.rules';

// In LINT_RULES order, so findings for one item read in the same order in every report.
const CHECKS: readonly LintCheck[] = [
  duplicateStemRule,
  duplicateOptionRule,
  singleKeyRule,
  allNoneOfTheAboveRule,
  keyLongestRule,
  keyPositionRule,
  numericKeyRule,
  orderingKeyRule,
  matchingRule,
  rubricRule,
  trueFalseRule,
  shortAnswerRule,
  feedbackRule,
  alignmentRule,
];

// The item-writing flaws of ITEM-QUALITY.md, in LINT_RULES order.
const WRITING_CHECKS: readonly LintCheck[] = [
  examTipRule,
  assessorWordingRule,
  cuePhraseRule,
  strawmanRule,
  garbledTextRule,
  noDataRule,
  rubricRelevanceRule,
  feedbackReferenceRule,
  nonSequenceRule,
  misalignmentRule,
  mirrorPairRule,
  recycledTextRule,
  predictableKeysRule,
  stemClueRule,
];

/**
 * Every problem the bank's items have, bank-wide findings first, then by item position, and by
 * rule (in `LINT_RULES` order) within an item. Deterministic: the same items give the same list.
 */
export function lintBank(items: ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const checks = options.writing ? [...CHECKS, ...WRITING_CHECKS] : CHECKS;
  const findings = checks.flatMap((check) => check(items, options));
  // Array sort is stable, so rule order survives within an item.
  return findings.sort((a, b) => (a.itemIndex ?? -1) - (b.itemIndex ?? -1));
}
