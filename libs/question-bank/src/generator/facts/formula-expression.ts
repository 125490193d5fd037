import type { FormulaQuantity } from './fact-types';

/** The right-hand side of a stated formula, read into grading's expression syntax. */
export interface ReadExpression {
  expression: string;
  inputs: FormulaQuantity[];
  percentage: boolean;
  /** The text the expression was read from, as written. */
  written: string;
}

// An operand as written: up to eight words and an optional unit in brackets ("height (m)").
const WORD = String.raw`[A-Za-z][A-Za-z'’-]*`;
const OPERAND = String.raw`(${WORD}(?:\s+${WORD}){0,7}(?:\s*\([^()]{1,12}\))?)`;
// Where a formula's last operand ends: punctuation or a word that continues the sentence.
const STOP_WORDS =
  'and|or|with|where|which|when|whereas|while|because|so|giving|gives|give|to|for|if|but|is|are|was|were|should|must|can|will|then|since|e\\.g\\.|i\\.e\\.|such|using|before|after|in|at';
const END = String.raw`(?=\s*(?:$|[,;:.)]|\s(?:${STOP_WORDS})\b))`;

// Phrasings of an operation on two operands, rewritten as infix arithmetic before reading.
const REWRITES: [RegExp, string][] = [
  [new RegExp(String.raw`\bthe difference between ${OPERAND} and ${OPERAND}${END}`, 'gi'), '($1 − $2)'],
  [new RegExp(String.raw`\bthe sum of ${OPERAND} and ${OPERAND}${END}`, 'gi'), '($1 + $2)'],
  [new RegExp(String.raw`\bthe product of ${OPERAND} and ${OPERAND}${END}`, 'gi'), '($1 × $2)'],
  [new RegExp(String.raw`\bthe ratio of ${OPERAND} to ${OPERAND}${END}`, 'gi'), '($1 ÷ $2)'],
  [new RegExp(String.raw`\bdividing ${OPERAND} by ${OPERAND}${END}`, 'gi'), '$1 ÷ $2'],
  [new RegExp(String.raw`\bmultiplying ${OPERAND} by ${OPERAND}${END}`, 'gi'), '$1 × $2'],
  [new RegExp(String.raw`\bsubtracting ${OPERAND} from ${OPERAND}${END}`, 'gi'), '($2 − $1)'],
  [new RegExp(String.raw`\badding ${OPERAND} (?:and|to) ${OPERAND}${END}`, 'gi'), '($1 + $2)'],
  [
    new RegExp(String.raw`^${OPERAND} (?:expressed )?as a percentage of ${OPERAND}${END}`, 'gi'),
    '($1 ÷ $2) × 100',
  ],
];

const OPERATOR_WORDS: [RegExp, string][] = [
  [/^divided by\b/i, '/'],
  [/^multiplied by\b/i, '*'],
  [/^times\b/i, '*'],
  [/^minus\b/i, '-'],
  [/^less\b/i, '-'],
  [/^plus\b/i, '+'],
  [/^squared\b/i, '^2'],
  [/^cubed\b/i, '^3'],
];
const SYMBOL_OPERATORS: Readonly<Record<string, string>> = {
  '÷': '/',
  '/': '/',
  '×': '*',
  '*': '*',
  '−': '-',
  '+': '+',
  '^': '^',
  '²': '^2',
  '³': '^3',
};
// Units a bracket after an operand may give: "weight (kg)", "break-even point (units)".
export const UNIT =
  /^(?:in\s+)?(kg|g|mg|t|m|cm|mm|µm|μm|nm|km|s|ms|min|mins|minutes|h|hrs|hours|seconds|days|units|items|%|£|\$|€|l|ml|°C|N|J|kJ|W|kW|kWh|V|A|Pa|m\/s|km\/h|mph|bits|bytes|kB|MB|GB|Mbps)$/u;
const ARITHMETIC = /[÷/×*−+^²³]|\s[-–]\s|\b(?:divided|multiplied) by\b|\b(?:times|minus|plus)\b/i;
const LEADING_ARTICLE = /^(?:the|a|an|its|their|your|his|her|each|total of the)\s+/i;
// Words that never belong inside an operand: a sentence, not a quantity, is being read.
const NOT_IN_OPERAND =
  /\b(?:is|are|was|were|be|been|should|must|can|will|would|may|might|that|which|who|when|where|if|then|than|not|no|it|they|this|these|you|we|because|so|by|from|into|as)\b/i;

type Token =
  | { kind: 'operand'; label: string; unit?: string }
  | { kind: 'number'; value: string }
  | { kind: 'symbol'; text: string };

/**
 * Reads the right-hand side of a formula from the start of `text` ("image size ÷ actual size,
 * with both…" → imageSize / actualSize), stopping at punctuation or a word that continues the
 * sentence. Null unless it is arithmetic on at least two named quantities, with operators between
 * operands, balanced brackets and short operands: a sentence is not read as a formula.
 */
export function readExpression(text: string): ReadExpression | null {
  let rewritten = text.trim();
  for (const [pattern, replacement] of REWRITES) rewritten = rewritten.replace(pattern, replacement);
  const written = cutAtBoundary(rewritten);
  const tokens = tokenize(written);
  if (!tokens || !wellFormed(tokens)) return null;
  const inputs: FormulaQuantity[] = [];
  const parts = tokens.map((token) => {
    if (token.kind === 'symbol') return token.text;
    if (token.kind === 'number') return token.value;
    const name = camelName(token.label);
    const known = inputs.find((input) => input.name === name);
    if (!known) inputs.push({ name, label: token.label, ...(token.unit ? { unit: token.unit } : {}) });
    else if (token.unit && !known.unit) known.unit = token.unit;
    return name;
  });
  if (inputs.length < 2) return null;
  const expression = parts
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/ \^ ?(\d)/g, ' ^ $1');
  return {
    expression: withoutOuterBrackets(expression),
    inputs,
    percentage: /\*\s*100\b/.test(expression),
    written: written.trim(),
  };
}

// "(currentAssets - currentLiabilities)" → "currentAssets - currentLiabilities", but not "(a) / (b)".
function withoutOuterBrackets(expression: string): string {
  if (!expression.startsWith('(') || !expression.endsWith(')')) return expression;
  let depth = 0;
  for (let index = 0; index < expression.length - 1; index++) {
    if (expression[index] === '(') depth++;
    if (expression[index] === ')') depth--;
    if (depth === 0) return expression;
  }
  return expression.slice(1, -1);
}

/** "image size" → imageSize; "break-even sales" → breakEvenSales. */
export function camelName(label: string): string {
  const words = label
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

// The text up to the first top-level comma, semicolon, full stop or sentence-continuing word.
function cutAtBoundary(text: string): string {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) return text.slice(0, index);
    if (depth > 0) continue;
    if (/[,;:]/.test(char) || (char === '.' && !/\d/.test(text[index + 1] ?? '')))
      return text.slice(0, index);
    if (
      index > 0 &&
      /\s/.test(text[index - 1]) &&
      new RegExp(`^(?:${STOP_WORDS})\\b`, 'i').test(text.slice(index))
    )
      return text.slice(0, index);
  }
  return text;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const word = OPERATOR_WORDS.find(([pattern]) => pattern.test(rest));
    if (word) {
      pushOperator(tokens, word[1]);
      rest = rest.replace(word[0], '').trim();
      continue;
    }
    const char = rest[0];
    if (SYMBOL_OPERATORS[char] || ((char === '-' || char === '–') && /^[-–]\s/.test(rest))) {
      pushOperator(tokens, SYMBOL_OPERATORS[char] ?? '-');
      rest = rest.slice(1).trim();
      continue;
    }
    if (char === '(') {
      const close = rest.indexOf(')');
      const inside = close > 0 ? rest.slice(1, close).trim() : '';
      const previous = tokens[tokens.length - 1];
      if (close > 0 && UNIT.test(inside) && previous?.kind === 'operand') {
        previous.unit = inside.replace(/^in\s+/i, '').replace('μ', 'µ');
        rest = rest.slice(close + 1).trim();
        continue;
      }
      // "operating expenses (such as wages, rent and utilities)": an aside, not a group.
      if (close > 0 && previous?.kind === 'operand' && !ARITHMETIC.test(inside)) {
        rest = rest.slice(close + 1).trim();
        continue;
      }
      tokens.push({ kind: 'symbol', text: '(' });
      rest = rest.slice(1).trim();
      continue;
    }
    if (char === ')') {
      tokens.push({ kind: 'symbol', text: ')' });
      rest = rest.slice(1).trim();
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?![\d.,]*\s*[A-Za-z£$€%µ])/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: number[0] });
      rest = rest.slice(number[0].length).trim();
      continue;
    }
    // "% promoters": a percentage of something, a quantity of its own.
    const percent = /^%\s*(?=[A-Za-z])/.exec(rest);
    if (percent) rest = rest.slice(percent[0].length);
    const operand = new RegExp(
      `^${WORD}(?:\\s+${WORD})*?(?=\\s*(?:$|[()÷/×*−+^²³]|[-–]\\s|(?:divided|multiplied) by\\b|(?:times|minus|less|plus|squared|cubed)\\b))`,
    ).exec(rest);
    if (!operand) return null;
    const label = operand[0].replace(LEADING_ARTICLE, '').trim();
    if (label.split(/\s+/).length > 8 || NOT_IN_OPERAND.test(label) || label.length < 2) return null;
    const written = label.toLowerCase() === label ? label : lowerUnlessAcronym(label);
    tokens.push({
      kind: 'operand',
      label: percent ? `percentage of ${written}` : written,
      ...(percent ? { unit: '%' } : {}),
    });
    rest = rest.slice(operand[0].length).trim();
  }
  return tokens;
}

function pushOperator(tokens: Token[], operator: string): void {
  if (operator.startsWith('^') && operator.length > 1) {
    tokens.push({ kind: 'symbol', text: '^' }, { kind: 'number', value: operator.slice(1) });
  } else tokens.push({ kind: 'symbol', text: operator });
}

// Operand, operator, operand… with balanced brackets; a leading minus only before an operand.
function wellFormed(tokens: readonly Token[]): boolean {
  let depth = 0;
  let expectOperand = true;
  let operators = 0;
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.text === '(') {
      if (!expectOperand) return false;
      depth++;
    } else if (token.kind === 'symbol' && token.text === ')') {
      if (expectOperand || --depth < 0) return false;
    } else if (token.kind === 'symbol') {
      if (expectOperand) return false;
      operators++;
      expectOperand = true;
    } else {
      if (!expectOperand) return false;
      expectOperand = false;
    }
  }
  return depth === 0 && !expectOperand && operators > 0;
}

function lowerUnlessAcronym(label: string): string {
  return label
    .split(/\s+/)
    .map((word) => (/^[A-Z0-9]{2,}s?$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}
