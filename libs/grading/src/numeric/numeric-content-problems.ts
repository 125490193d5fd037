import type { GradingErrorDetail } from '../exceptions/grading.error';
import type { NumericContent } from '../items/item-content';
import { duplicatesOf } from '../utils/duplicates-of';
import { FORMULAS, type FormulaDefinition } from './formulas';
import { expressionProblems, numericFormulaOf } from './numeric-formula';
import { MAX_GRID_DECIMALS, decimalPlaces } from './parameter-grid';

// Keeps a single draw to one safe-integer index per parameter and a grid a person can reason about.
const MAX_GRID_SIZE = 1_000_000;
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The structural problems of a numeric item: everything checkable without drawing values. */
export function numericContentProblems(content: NumericContent): GradingErrorDetail[] {
  const problems: GradingErrorDetail[] = [];
  const names = content.parameters.map((parameter) => parameter.name);
  const formula = formulaProblems(content, problems);

  if (formula) {
    const missing = formula.inputs.filter((input) => !names.includes(input));
    const extra = names.filter((name) => !formula.inputs.includes(name));
    if (missing.length > 0) {
      problems.push({ field: 'parameters', message: `missing formula inputs: ${missing.join(', ')}` });
    }
    if (extra.length > 0) {
      problems.push({
        field: 'parameters',
        message: `not inputs of ${content.formula === 'EXPRESSION' ? 'the expression' : content.formula}: ${extra.join(', ')}`,
      });
    }
  }
  const duplicates = duplicatesOf(names);
  if (duplicates.length > 0) {
    problems.push({ field: 'parameters', message: `duplicate names: ${duplicates.join(', ')}` });
  }

  content.parameters.forEach((parameter, index) => {
    const field = `parameters[${index}]`;
    const { min, max, step } = parameter;
    if (![min, max, step].every(Number.isFinite)) {
      problems.push({ field, message: 'min, max and step must be finite numbers' });
      return;
    }
    if (!(step > 0)) problems.push({ field: `${field}.step`, message: 'must be greater than 0' });
    if (min > max) problems.push({ field: `${field}.min`, message: 'must not be greater than max' });
    if (Math.max(decimalPlaces(min), decimalPlaces(step)) > MAX_GRID_DECIMALS) {
      problems.push({ field, message: `min and step may have at most ${MAX_GRID_DECIMALS} decimals` });
    }
    if (step > 0 && min <= max && (max - min) / step + 1 > MAX_GRID_SIZE) {
      problems.push({ field, message: `more than ${MAX_GRID_SIZE} values between min and max` });
    }
  });

  if (!Number.isInteger(content.decimals) || content.decimals < 0 || content.decimals > MAX_GRID_DECIMALS) {
    problems.push({ field: 'decimals', message: `must be an integer between 0 and ${MAX_GRID_DECIMALS}` });
  }
  const tolerance = content.tolerance as Partial<NumericContent['tolerance']> | undefined;
  if (tolerance?.kind !== 'ABSOLUTE' && tolerance?.kind !== 'RELATIVE') {
    problems.push({ field: 'tolerance.kind', message: 'must be ABSOLUTE or RELATIVE' });
  }
  if (!Number.isFinite(tolerance?.value) || (tolerance?.value ?? -1) < 0) {
    problems.push({ field: 'tolerance.value', message: 'must be a finite number ≥ 0' });
  }

  // A parameter the stem never shows cannot be used by the learner; a placeholder without a
  // parameter would be shown to them verbatim.
  const placeholders = new Set([...content.stem.matchAll(PLACEHOLDER)].map((match) => match[1]));
  const unshown = names.filter((name) => !placeholders.has(name));
  const unknown = [...placeholders].filter((name) => !names.includes(name));
  if (unshown.length > 0) {
    problems.push({
      field: 'stem',
      message: `has no placeholder for ${unshown.map((n) => `{${n}}`).join(', ')}`,
    });
  }
  if (unknown.length > 0) {
    problems.push({ field: 'stem', message: `has placeholders without a parameter: ${unknown.join(', ')}` });
  }
  return problems;
}

// The table entry, or the item's own expression when it is well formed; problems otherwise.
function formulaProblems(content: NumericContent, problems: GradingErrorDetail[]): FormulaDefinition | undefined {
  if (content.formula === 'EXPRESSION') {
    const found = expressionProblems(content.expression);
    problems.push(...found);
    return found.length === 0 ? numericFormulaOf(content) : undefined;
  }
  if (content.expression !== undefined)
    problems.push({ field: 'expression', message: 'is only allowed when formula is EXPRESSION' });
  if (Object.hasOwn(FORMULAS, content.formula)) return FORMULAS[content.formula];
  problems.push({ field: 'formula', message: `${String(content.formula)} is not in the formula table` });
  return undefined;
}
