import {
  FORMULAS,
  drawParameters,
  numericKey,
  validateNumericContent,
  type ItemDraft,
  type NumericContent,
} from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem } from './lint-check';
import { recomputeExpression } from './recompute-expression';
import { roundDecimal } from './round-decimal';

/** How many seeds each numeric item is drawn with. */
export const NUMERIC_KEY_DRAWS = 20;

/**
 * ERROR when a numeric item cannot be delivered or its key is wrong: grading's own validation
 * problems, then, for seeds `${index}:0` … `${index}:19`, grading's draw and key compared with an
 * independent recomputation (the formula's `compute`, rounded here; a stated expression by a second,
 * separately written evaluator). The tolerance and the stem's
 * placeholders are checked again here so a gap in grading's validation cannot hide them.
 */
export function numericKeyRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'numeric-key', 'ERROR', ({ content }, index) =>
    content.type === 'NUMERIC' ? numericProblems(content, index) : [],
  );
}

function numericProblems(content: NumericContent, index: number): string[] {
  let validation: string[];
  try {
    validation = validateNumericContent(content).map(({ field, message }) => `${field}: ${message}`);
  } catch (error) {
    return [`validation failed: ${messageOf(error)}`];
  }
  const problems = [...validation, ...independentProblems(content, validation)];
  return problems.length > 0 ? problems : drawProblems(content, index);
}

function independentProblems(content: NumericContent, validation: string[]): string[] {
  const problems: string[] = [];
  const tolerance = content.tolerance as Partial<NumericContent['tolerance']> | undefined;
  const value = tolerance?.value;
  const validTolerance = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!validation.some((p) => p.startsWith('tolerance.value')) && !validTolerance) {
    problems.push(`tolerance.value: must be a finite number ≥ 0 (got ${String(value)})`);
  }
  const unshown = content.parameters.filter((parameter) => !content.stem.includes(`{${parameter.name}}`));
  if (!validation.some((p) => p.startsWith('stem')) && unshown.length > 0) {
    problems.push(`stem: does not mention ${unshown.map((parameter) => `{${parameter.name}}`).join(', ')}`);
  }
  return problems;
}

// One message per item however many seeds fail, naming the first failure.
function drawProblems(content: NumericContent, index: number): string[] {
  const failures: string[] = [];
  for (let n = 0; n < NUMERIC_KEY_DRAWS; n++) {
    const failure = drawFailure(content, `${index}:${n}`);
    if (failure) failures.push(failure);
  }
  if (failures.length === 0) return [];
  return [`${failures.length} of ${NUMERIC_KEY_DRAWS} draws fail; first: ${failures[0]}`];
}

function drawFailure(content: NumericContent, seed: string): string | null {
  let values: Record<string, number>;
  let key: number;
  try {
    values = drawParameters(content, seed);
    key = numericKey(content, values);
  } catch (error) {
    return `seed "${seed}": ${messageOf(error)}`;
  }
  const exact =
    content.formula === 'EXPRESSION'
      ? recomputeExpression(content.expression?.text ?? '', values)
      : FORMULAS[content.formula].compute(values);
  const expected = roundDecimal(exact, content.decimals);
  if (!Number.isFinite(key)) return `seed "${seed}" gives the key ${key} for ${JSON.stringify(values)}`;
  if (!Number.isFinite(expected) || key !== expected) {
    const name = content.formula === 'EXPRESSION' ? `"${content.expression?.text ?? ''}"` : content.formula;
    return `seed "${seed}": key ${key} but ${name} of ${JSON.stringify(values)} is ${expected}`;
  }
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
