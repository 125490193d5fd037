import { GradingError, GradingErrorCode, type GradingErrorDetail } from '../exceptions/grading.error';
import type { NumericContent, NumericExpression } from '../items/item-content';
import { evaluateExpression } from './expression/evaluate-expression';
import { expressionInputs, parseExpression } from './expression/parse-expression';
import { FORMULAS, formulaOf, type FormulaDefinition } from './formulas';

/**
 * The calculation a numeric item uses, whichever way it is stored: a formula-table entry, or a
 * definition built from the item's own `expression` (its inputs, its arithmetic and its result
 * range). Throws INVALID_CONTENT for an unknown id or a missing or unparseable expression.
 */
export function numericFormulaOf(content: Pick<NumericContent, 'formula' | 'expression'>): FormulaDefinition {
  if (content.formula !== 'EXPRESSION') return formulaOf(content.formula);
  const problems = expressionProblems(content.expression);
  if (problems.length > 0 || !content.expression) {
    throw new GradingError(
      'The numeric item has no usable expression',
      GradingErrorCode.INVALID_CONTENT,
      problems,
    );
  }
  return expressionFormula(content.expression);
}

/** Whether the item names a formula the table has or carries an expression (shape not checked). */
export function isKnownFormula(content: Pick<NumericContent, 'formula'>): boolean {
  return content.formula === 'EXPRESSION' || Object.hasOwn(FORMULAS, content.formula);
}

/** What is wrong with an item's expression: absent, not parseable, or inputs that differ from its names. */
export function expressionProblems(expression: NumericExpression | undefined): GradingErrorDetail[] {
  const value = expression as Partial<NumericExpression> | undefined;
  if (typeof value !== 'object' || value === null)
    return [{ field: 'expression', message: 'is required when formula is EXPRESSION' }];
  const problems: GradingErrorDetail[] = [];
  if (typeof value.resultName !== 'string' || value.resultName.trim() === '')
    problems.push({ field: 'expression.resultName', message: 'must be a non-empty string' });
  const inputs = Array.isArray(value.inputs) ? value.inputs : [];
  if (!Array.isArray(value.inputs) || inputs.some((input) => typeof input?.name !== 'string'))
    problems.push({ field: 'expression.inputs', message: 'must be a list of { name, label }' });
  const range = value.resultRange;
  if (range !== undefined && ![range.min, range.max].every((n) => n === undefined || Number.isFinite(n)))
    problems.push({ field: 'expression.resultRange', message: 'min and max must be finite numbers' });
  let used: string[];
  try {
    used = expressionInputs(parseExpression(value.text as string));
  } catch (error) {
    if (error instanceof GradingError) return [...problems, ...error.details];
    throw error;
  }
  const declared = inputs.map((input) => input?.name);
  const undeclared = used.filter((name) => !declared.includes(name));
  const unused = declared.filter((name) => !used.includes(name));
  if (undeclared.length > 0)
    problems.push({ field: 'expression.inputs', message: `not declared: ${undeclared.join(', ')}` });
  if (unused.length > 0)
    problems.push({
      field: 'expression.inputs',
      message: `not used by the expression: ${unused.join(', ')}`,
    });
  if (used.length === 0) problems.push({ field: 'expression.text', message: 'uses no input' });
  return problems;
}

function expressionFormula(expression: NumericExpression): FormulaDefinition {
  const tree = parseExpression(expression.text);
  const { min = -Infinity, max = Infinity } = expression.resultRange ?? {};
  return {
    name: expression.resultName,
    inputs: expression.inputs.map((input) => input.name),
    describe: expression.text,
    compute: (values) => evaluateExpression(tree, values),
    accepts: (_values, result) => result >= min && result <= max,
  };
}
