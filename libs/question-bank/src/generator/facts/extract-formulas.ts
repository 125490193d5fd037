import { extractBenchmarks } from './extract-benchmarks';
import type { Benchmark, FormulaFact, FormulaQuantity } from './fact-types';
import { camelName, readExpression, UNIT } from './formula-expression';
import { linesOf, type SourceLine } from './phrases';

// What joins a result to its calculation. Strong links say so outright; the weak ones ("is", a
// colon, "calculating X as") only count when what follows reads as arithmetic (always required).
const LINK =
  /\s*=\s*|,?\s+(?:is|are)\s+(?:calculated|worked out|found|given|defined|obtained|computed|measured)\s+(?:as|by(?:\s+using)?|using)\s+(?:the\s+formula\s+)?|,\s+calculated\s+as\s+|\s+(?:equals|is equal to)\s+|\s+(?:is|are)\s+|:\s+|\s+as\s+(?!a percentage)/gi;
// Words that end a result's name when reading back from the link ("…applying gross profit =").
const NOT_IN_RESULT =
  /^(?:and|or|but|for|with|by|from|is|are|was|were|be|as|if|then|so|thus|hence|therefore|that|which|where|when|the|a|an|its|their|this|these|those|both|each|every|correct|correctly|formula|rearranged|rearranging|stating|applying|using|calculating|calculate|calculated|computing|compute|giving|showing|including|identifying|writing|finding|determining|recalling|quoting|knowing|explaining|learners?|candidates?|credit|award|marks?|evidence|must|should|include|includes|i\.e\.|e\.g\.)$/i;
const CALCULATION_VERB =
  /\b(?:calculat\w*|comput\w*|work(?:ing|s|ed)? out|determin\w*|express\w*)(?:\s+(?:the|a|an))?\s*$/i;
// Generic words that cannot be a calculation's name on their own.
const VAGUE_RESULT =
  /^(?:it|this|that|result|answer|value|figure|total|number|formula|calculation|one|amount|ratio|rate|score|percentage)$/i;

/**
 * Formulas stated on one line, in symbols or words: "Magnification = image size ÷ actual size",
 * "Net profit margin is calculated as net profit divided by revenue", "the current ratio: current
 * assets divided by current liabilities", "profit is revenue minus costs", "A as a percentage of
 * B", "the difference between A and B", "BMI = weight (kg) / height (m)²". Each keeps its result,
 * inputs (with units in brackets and example values the line gives), expression, the benchmarks
 * stated on the same line and whether it is a rearrangement. Conservative: a sentence whose right
 * side is not arithmetic on two named quantities, or whose result is a number or a vague word
 * ("1 mm = 1000 µm", "the cytoplasm is divided into…"), gives nothing.
 */
export function extractFormulas(source: SourceLine): FormulaFact[] {
  const facts: FormulaFact[] = [];
  const sameUnits = /\bsame units?\b/i.test(source.text);
  const benchmarks = extractBenchmarks(source.text);
  const quantities = clauses(source.text).flatMap((clause) =>
    clauseFormulas(clause).flatMap((formula) => [formula.result, ...formula.inputs]),
  );
  const positions = new Map<FormulaFact, number>();
  let cursor = 0;
  for (const clause of clauses(source.text)) {
    const offset = Math.max(0, source.text.indexOf(clause, cursor));
    cursor = offset + clause.length;
    const bare = source.source === 'KEY_CONCEPT' && facts.length === 0 && source.concept;
    const found = bare ? conceptFormula(clause, source.concept ?? '') : [];
    for (const { at, ...formula } of found.length > 0 ? found : clauseFormulas(clause)) {
      if (
        facts.some(
          (fact) => fact.expression === formula.expression && fact.result.name === formula.result.name,
        )
      )
        continue;
      const fact: FormulaFact = {
        id: `formula-${source.line}-${facts.length}`,
        kind: 'FORMULA',
        source: source.source,
        lines: linesOf(source),
        ...(source.concept ? { concept: source.concept } : {}),
        ...formula,
        inputs: formula.inputs.map((input) => withExample(input, source.text, quantities)),
        result: withExample(formula.result, source.text, quantities),
        sameUnits,
        benchmarks: [],
      };
      facts.push(fact);
      positions.set(fact, offset + at);
    }
  }
  attachBenchmarks(facts, benchmarks, positions);
  return facts;
}

type ClauseFormula = Pick<
  FormulaFact,
  'result' | 'inputs' | 'expression' | 'statement' | 'percentage' | 'rearranged'
> & {
  /** Where the formula's link is in its clause, to attach a benchmark that follows it. */
  at: number;
};

// Sentences and semicolon clauses: a formula never spans them.
function clauses(text: string): string[] {
  return text
    .split(/;\s+|\.\s+(?=[A-Z])/)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

function clauseFormulas(clause: string): ClauseFormula[] {
  const found: ClauseFormula[] = [];
  for (const link of clause.matchAll(LINK)) {
    const before = clause.slice(0, link.index);
    const after = clause.slice(link.index + link[0].length);
    const result = readResult(before);
    if (!result) continue;
    if (
      /^\s+as\s+$/i.test(link[0]) &&
      !CALCULATION_VERB.test(before.slice(0, before.length - result.written.length))
    )
      continue;
    const read = readExpression(after);
    if (!read) continue;
    if (read.inputs.some((input) => input.name === result.quantity.name)) continue;
    // "…divided by the total number of issues, expressed as a percentage".
    const asPercentage =
      !read.percentage && /^[^;.]*?\b(?:expressed|given|shown|written) as a percentage\b/i.test(after);
    found.push({
      result: result.quantity,
      inputs: read.inputs,
      expression: asPercentage ? `(${read.expression}) * 100` : read.expression,
      statement: `${result.written} = ${read.written}${asPercentage ? ' × 100' : ''}`.replace(/\s+/g, ' '),
      percentage: read.percentage || asPercentage,
      rearranged: /\brearrang\w*\b/i.test(before),
      at: link.index,
    });
  }
  return found;
}

// A key concept whose description starts with the calculation: "Current ratio: current assets ÷ …".
function conceptFormula(clause: string, concept: string): ClauseFormula[] {
  const read = readExpression(clause);
  if (!read || read.written.length < clause.replace(/[.;,]\s*$/, '').length * 0.6) return [];
  const result = readResult(concept);
  if (!result || result.written !== concept.trim()) return [];
  return [
    {
      result: result.quantity,
      inputs: read.inputs,
      expression: read.expression,
      statement: `${concept} = ${read.written}`,
      percentage: read.percentage,
      rearranged: false,
      at: 0,
    },
  ];
}

// The name being defined: the words just before the link, back to punctuation or a verb.
function readResult(before: string): { quantity: FormulaQuantity; written: string } | null {
  const unitMatch = /\s*\(([^()]{1,12})\)\s*$/.exec(before);
  const unit =
    unitMatch && UNIT.test(unitMatch[1].trim()) ? unitMatch[1].trim().replace(/^in\s+/i, '') : undefined;
  let abbreviation =
    unitMatch && /^[A-Z]{2,6}s?$/.test(unitMatch[1].trim()) ? unitMatch[1].trim() : undefined;
  const text = unitMatch ? before.slice(0, unitMatch.index) : before;
  const words = [...text.matchAll(/\S+/g)];
  const taken: string[] = [];
  let start = text.length;
  for (let index = words.length - 1; index >= 0 && taken.length < 6; index--) {
    const word = words[index][0];
    // An abbreviation or aside in brackets inside the name is skipped: "Acid test (quick) ratio".
    if (/^\([^()\s]+\)$/.test(word) && taken.length > 0) {
      if (/^\([A-Z]{2,6}s?\)$/.test(word)) abbreviation ??= word.slice(1, -1);
      continue;
    }
    if (
      /[,:;()]/.test(word) ||
      /\d/.test(word) ||
      NOT_IN_RESULT.test(word) ||
      !/^[A-Za-z][A-Za-z'’-]*$/.test(word)
    )
      break;
    taken.unshift(word);
    start = words[index].index;
  }
  while (taken.length > 0 && /^(?:of|on|per|to|in)$/i.test(taken[0])) taken.shift();
  if (taken.length === 0 || taken.length > 5) return null;
  const label = taken.join(' ');
  if (VAGUE_RESULT.test(label) || label.length < 3) return null;
  const written = before.slice(start).trim();
  // "Magnification" at the start of a sentence is "magnification"; "Net Promoter Score" stays a name.
  const titleCase = taken.length > 1 && taken.every((word) => /^[A-Z]/.test(word));
  const display = /^[A-Z][a-z]/.test(label) && !titleCase ? label[0].toLowerCase() + label.slice(1) : label;
  const quantity = { name: camelName(display), label: display, ...(unit ? { unit } : {}) };
  return { quantity: abbreviation ? { ...quantity, abbreviation } : quantity, written };
}

// "…the break-even point is 800 units", "a selling price of £25": an example value of a quantity,
// by its full name, or by its first word when no other quantity of the line starts with it.
function withExample(
  quantity: FormulaQuantity,
  text: string,
  others: readonly FormulaQuantity[],
): FormulaQuantity {
  const escape = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = quantity.label.split(/\s+/)[0];
  const shared = others.some(
    (other) => other.label !== quantity.label && other.label.split(/\s+/)[0] === first,
  );
  const names = [
    escape(quantity.label),
    ...(shared || first.length < 5 ? [] : [`${escape(first)}(?:\\s+[A-Za-z-]+){0,2}?`]),
  ];
  for (const name of names) {
    const pattern = new RegExp(
      String.raw`\b${name}\s+(?:of|is|was|were|are|at)\s+([£$€]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|units|[a-zµ]{1,3}\b)?`,
      'i',
    );
    const match = pattern.exec(text);
    if (!match) continue;
    const example = Number(match[2].replace(/,/g, ''));
    const unit = quantity.unit ?? (match[1] || match[3] || undefined);
    return { ...quantity, example, ...(unit ? { unit } : {}) };
  }
  return quantity;
}

// A benchmark belongs to the formula whose result it names, or to the line's only formula.
// A benchmark belongs to the formula whose result it names; else to the line's only formula; else
// to the formula just before it ("Current ratio = … (ideal 1.5–2:1), and the acid test ratio = …").
function attachBenchmarks(
  facts: FormulaFact[],
  benchmarks: { subject: string; benchmark: Benchmark; index: number }[],
  positions: ReadonlyMap<FormulaFact, number>,
): void {
  const main = facts.filter((fact) => !fact.rearranged);
  for (const { subject, benchmark, index } of benchmarks) {
    const named = main.filter((fact) =>
      [fact.result.label, fact.result.abbreviation ?? '\u0000'].some((name) =>
        subject.toLowerCase().includes(name.toLowerCase()),
      ),
    );
    const before = main.filter((fact) => (positions.get(fact) ?? Infinity) < index);
    const last = before[before.length - 1];
    const nearest = last && !namesOtherQuantity(subject, last) ? [last] : [];
    const owners =
      named.length > 0 ? named : main.length === 1 && !namesOtherQuantity(subject, main[0]) ? main : nearest;
    owners.forEach((fact) => fact.benchmarks.push(benchmark));
  }
}

// "a ratio", "a value", "it" may refer to the line's formula; "a BMI" on a line about speed may not.
function namesOtherQuantity(subject: string, fact: FormulaFact): boolean {
  const words = subject
    .toLowerCase()
    .replace(/\b(?:a|an|the|its|their|of|between|from|above|below|over|under|and|it|which|this)\b/g, ' ')
    .trim();
  if (
    words === '' ||
    /^(?:ratio|value|result|figure|score|rate|percentage|margin|level|it|this)s?$/.test(words)
  )
    return false;
  return !fact.result.label
    .toLowerCase()
    .split(/\s+/)
    .some((word) => words.includes(word));
}
