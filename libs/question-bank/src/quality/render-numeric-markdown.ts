import {
  FORMULAS,
  drawParameters,
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
  const formula = Object.hasOwn(FORMULAS, content.formula) ? FORMULAS[content.formula] : undefined;
  return [
    content.stem,
    '',
    formula
      ? `Formula: ${formula.name} = \`${formula.describe}\``
      : `Formula: \`${String(content.formula)}\` (not in the formula table)`,
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
