import {
  FORMULA_IDS,
  validateNumericContent,
  type NumericContent,
  type NumericExpression,
  type NumericFormula,
} from '@markpoint/grading';
import { refuse } from './import-refusal';
import type { MetadataRead } from './metadata';

// The numeric item a Markpoint export kept in its `markpoint:` comment. A numeric question from
// anywhere else holds one fixed number, with no formula or ranges to draw from, so it is refused.
export function numericFromMetadata(metadata: MetadataRead, format: string): NumericContent {
  if (!metadata.found) {
    refuse(
      `a ${format} question holds one fixed number, not a formula with ranges: only numeric items ` +
        'exported by Markpoint (which keep theirs in a "markpoint:" comment) can be imported',
    );
  }
  if ('error' in metadata) refuse(metadata.error);
  const content = numericShape(metadata.value['content']);
  if (!content) refuse('the markpoint comment does not hold a numeric item');
  const problems = validateNumericContent(content);
  if (problems.length > 0) {
    refuse(
      `the markpoint comment's numeric item is invalid: ${problems.map((problem) => problem.message).join('; ')}`,
    );
  }
  return content;
}

function numericShape(value: unknown): NumericContent | null {
  if (!isRecord(value) || value['type'] !== 'NUMERIC') return null;
  const { stem, formula, parameters, tolerance, unit, decimals } = value;
  if (typeof stem !== 'string' || typeof decimals !== 'number') return null;
  const known = formula === 'EXPRESSION' || FORMULA_IDS.includes(formula as never);
  if (!known || !Array.isArray(parameters) || !isRecord(tolerance)) return null;
  const expression = formula === 'EXPRESSION' ? expressionShape(value['expression']) : undefined;
  if (formula === 'EXPRESSION' && !expression) return null;
  if (tolerance['kind'] !== 'ABSOLUTE' && tolerance['kind'] !== 'RELATIVE') return null;
  if (typeof tolerance['value'] !== 'number' || (unit !== undefined && typeof unit !== 'string')) return null;
  const shaped = parameters.map((parameter: unknown) => {
    if (!isRecord(parameter)) return null;
    const { name, label, min, max, step, unit: parameterUnit } = parameter;
    if (typeof name !== 'string' || typeof label !== 'string') return null;
    if (typeof min !== 'number' || typeof max !== 'number' || typeof step !== 'number') return null;
    if (parameterUnit !== undefined && typeof parameterUnit !== 'string') return null;
    return { name, label, min, max, step, ...(parameterUnit !== undefined ? { unit: parameterUnit } : {}) };
  });
  if (shaped.some((parameter) => parameter === null)) return null;
  return {
    type: 'NUMERIC',
    stem,
    formula: formula as NumericFormula,
    ...(expression ? { expression } : {}),
    parameters: shaped as NumericContent['parameters'],
    tolerance: { kind: tolerance['kind'], value: tolerance['value'] },
    ...(unit !== undefined ? { unit } : {}),
    decimals,
  };
}

// An expression item's calculation, as the export wrote it; validation then checks its arithmetic.
function expressionShape(value: unknown): NumericExpression | null {
  if (!isRecord(value) || !Array.isArray(value['inputs'])) return null;
  const { text, resultName, resultRange } = value;
  if (typeof text !== 'string' || typeof resultName !== 'string') return null;
  const inputs = value['inputs'].map((input: unknown) => {
    if (!isRecord(input) || typeof input['name'] !== 'string' || typeof input['label'] !== 'string')
      return null;
    const unit = input['unit'];
    if (unit !== undefined && typeof unit !== 'string') return null;
    return { name: input['name'], label: input['label'], ...(unit !== undefined ? { unit } : {}) };
  });
  if (inputs.some((input) => input === null)) return null;
  let range: NumericExpression['resultRange'];
  if (resultRange !== undefined) {
    if (!isRecord(resultRange)) return null;
    const { min, max } = resultRange;
    if ((min !== undefined && typeof min !== 'number') || (max !== undefined && typeof max !== 'number'))
      return null;
    range = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  return {
    text,
    inputs: inputs as NumericExpression['inputs'],
    resultName,
    ...(range ? { resultRange: range } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
