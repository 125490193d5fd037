import {
  drawParameters,
  isKnownFormula,
  numericFormulaOf,
  numericKey,
  renderNumericStem,
  type NumericContent,
} from '@markpoint/grading';
import { markdownTable } from './markdown';

/** The seed of the worked example, fixed so the same item always shows the same numbers. */
export const WORKED_EXAMPLE_SEED = 'example';

/**
 * A numeric item for a reviewer: the stem with its placeholders, the formula, the parameter
 * ranges, the tolerance and one worked example (values drawn with seed "example" and their key).
 */
export function renderNumericMarkdown(content: NumericContent): string[] {
  return [
    content.stem,
    '',
    formulaLine(content),
    '',
    ...markdownTable(
      ['Parameter', 'Label', 'From', 'To', 'Step', 'Unit'],
      content.parameters.map((p) => [`{${p.name}}`, p.label, p.min, p.max, p.step, p.unit ?? '']),
    ),
    '',
    `Answer: ${content.decimals} decimal place${content.decimals === 1 ? '' : 's'}` +
      `${content.unit ? ` in ${content.unit}` : ''}, tolerance ${toleranceText(content.tolerance)}`,
    '',
    ...workedExample(content),
  ];
}

function formulaLine(content: NumericContent): string {
  if (!isKnownFormula(content)) return `Formula: \`${String(content.formula)}\` (not in the formula table)`;
  try {
    const formula = numericFormulaOf(content);
    const origin = content.formula === 'EXPRESSION' ? ' (stated by the specification)' : '';
    return `Formula${origin}: ${formula.name} = \`${formula.describe}\``;
  } catch (error) {
    return `Formula: _${error instanceof Error ? error.message : String(error)}_`;
  }
}

function toleranceText({ kind, value }: NumericContent['tolerance']): string {
  // Relative tolerances are stored as fractions (0.01 = 1 %), as the grader reads them.
  return kind === 'RELATIVE' ? `±${value * 100}% (relative)` : `±${value} (absolute)`;
}

function workedExample(content: NumericContent): string[] {
  try {
    const values = drawParameters(content, WORKED_EXAMPLE_SEED);
    const key = numericKey(content, values);
    return [
      `Worked example (seed \`${WORKED_EXAMPLE_SEED}\`):`,
      '',
      `> ${renderNumericStem(content, values)}`,
      '',
      `Key: **${formatKey(key, content)}**`,
    ];
  } catch (error) {
    return [`_No worked example: ${error instanceof Error ? error.message : String(error)}_`];
  }
}

// As the learner would write it, to the item's decimals: £4,500, 37.50%, 5,091 units.
function formatKey(key: number, content: NumericContent): string {
  const unit = content.unit?.trim() ?? '';
  const number = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: content.decimals,
    maximumFractionDigits: content.decimals,
  }).format(Math.abs(key));
  const sign = key < 0 ? '-' : '';
  if (unit === '') return `${sign}${number}`;
  if (/^\p{Sc}+$/u.test(unit)) return `${sign}${unit}${number}`;
  if (unit === '%') return `${sign}${number}%`;
  return `${sign}${number} ${unit}`;
}
