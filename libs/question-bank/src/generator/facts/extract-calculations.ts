import type { FormulaId } from '@markpoint/grading';
import type { CalculationFact } from './fact-types';
import { linesOf, type SourceLine } from './phrases';

interface CalculationName {
  pattern: RegExp;
  formulas: FormulaId[];
  /** Words the line must also contain, for names that mean something else outside finance. */
  context?: RegExp;
}

const FINANCE =
  /\b(?:budget\w*|cost\w*|income|expenditure|financ\w*|forecast\w*|revenue|sales|profit\w*|spend\w*|price\w*)\b/i;

// Longest names first: "gross profit margin" must not also count as "gross profit".
const CALCULATION_NAMES: CalculationName[] = [
  { pattern: /\bgross (?:profit )?margins?\b/gi, formulas: ['GROSS_PROFIT_MARGIN'] },
  { pattern: /\bnet (?:profit )?margins?\b/gi, formulas: ['NET_PROFIT_MARGIN'] },
  {
    pattern: /\b(?:profit )?margins\b/gi,
    formulas: ['GROSS_PROFIT_MARGIN', 'NET_PROFIT_MARGIN'],
    context: FINANCE,
  },
  { pattern: /\bprofit margin\b/gi, formulas: ['GROSS_PROFIT_MARGIN', 'NET_PROFIT_MARGIN'] },
  { pattern: /\bgross profit\b/gi, formulas: ['GROSS_PROFIT'] },
  { pattern: /\bnet profit\b/gi, formulas: ['NET_PROFIT'] },
  { pattern: /\bbreak[- ]even(?: point| analysis)?\b/gi, formulas: ['BREAK_EVEN_UNITS'] },
  {
    pattern: /\b(?:budget )?variance(?:s| analysis| analyses)?\b/gi,
    formulas: ['VARIANCE', 'VARIANCE_PERCENT'],
    context: FINANCE,
  },
  { pattern: /\bpercentage (?:change|increase|decrease|growth)\b/gi, formulas: ['PERCENTAGE_CHANGE'] },
  { pattern: /\b(?:sales )?growth rates?\b/gi, formulas: ['PERCENTAGE_CHANGE'] },
  { pattern: /\bconversion rates?\b/gi, formulas: ['CONVERSION_RATE'] },
  {
    pattern:
      /\b(?:calculat\w+ (?:the )?(?:mean|average)|(?:mean|average) (?:order value|spend|score|rating|sales|value|time)s?)\b/gi,
    formulas: ['MEAN'],
  },
];

/**
 * Named calculations on one spec line, each mapped to the formula the grading lib computes:
 * "gross profit" → GROSS_PROFIT, "break-even" → BREAK_EVEN_UNITS, "variance analysis" → VARIANCE
 * and VARIANCE_PERCENT, "margins" → both profit margins. A bare "profit" is not a calculation.
 */
export function extractCalculations(source: SourceLine): CalculationFact[] {
  const facts: CalculationFact[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, formulas, context } of CALCULATION_NAMES) {
    if (context && !context.test(source.text)) continue;
    for (const match of source.text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (taken.some(([start, end]) => from < end && to > start) || isOperand(source.text, from, to))
        continue;
      taken.push([from, to]);
      for (const formula of formulas) {
        if (facts.some((fact) => fact.formula === formula)) continue;
        facts.push({
          id: `calculation-${source.line}-${facts.length}`,
          kind: 'CALCULATION',
          source: source.source,
          lines: linesOf(source),
          ...(source.concept ? { concept: source.concept } : {}),
          name: match[0].toLowerCase(),
          formula,
        });
      }
    }
  }
  return facts;
}

// "Net profit = gross profit − expenses": only the name being defined counts, not its operands.
function isOperand(text: string, from: number, to: number): boolean {
  return (
    /[=÷×−+*/(–]\s*$/.test(text.slice(Math.max(0, from - 3), from)) ||
    /^\s*[÷×*/]/.test(text.slice(to, to + 3))
  );
}
