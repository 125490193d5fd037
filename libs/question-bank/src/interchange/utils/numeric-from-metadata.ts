import { FORMULA_IDS, validateNumericContent, type FormulaId, type NumericContent } from '@markpoint/grading';
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
  if (!FORMULA_IDS.includes(formula as FormulaId) || !Array.isArray(parameters) || !isRecord(tolerance))
    return null;
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
    formula: formula as FormulaId,
    parameters: shaped as NumericContent['parameters'],
    tolerance: { kind: tolerance['kind'], value: tolerance['value'] },
    ...(unit !== undefined ? { unit } : {}),
    decimals,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
