import { GradingError, GradingErrorCode } from '../../exceptions/grading.error';

/** A parsed arithmetic expression: numbers, input names and the five operators. */
export type ExpressionNode =
  | { kind: 'number'; value: number }
  | { kind: 'input'; name: string }
  | { kind: 'negate'; operand: ExpressionNode }
  | { kind: 'binary'; operator: BinaryOperator; left: ExpressionNode; right: ExpressionNode };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

// Stored content is data from JSON columns and imports: bound what the parser will walk.
const MAX_LENGTH = 500;
const MAX_DEPTH = 40;
const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/^()−–×÷]))/y;
const SYMBOLS: Readonly<Record<string, string>> = { '−': '-', '–': '-', '×': '*', '÷': '/' };

type Token =
  { kind: 'number'; value: number } | { kind: 'name'; name: string } | { kind: 'symbol'; symbol: string };

/**
 * Parses `text` by recursive descent, with the usual precedence: `^` (right-associative) above
 * unary minus, then `* /`, then `+ -` (left-associative), so `-2 ^ 2` is −4 and `a / b * c` is
 * (a ÷ b) × c. No function calls, no member access, no evaluation of text: the result is a tree
 * that `evaluateExpression` walks. Throws INVALID_CONTENT for anything else.
 */
export function parseExpression(text: string): ExpressionNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isSymbol = (...symbols: string[]): boolean => {
    const token = peek();
    return token?.kind === 'symbol' && symbols.includes(token.symbol);
  };
  const take = (): Token => tokens[position++];

  const sum = (depth: number): ExpressionNode => {
    let node = product(depth);
    while (isSymbol('+', '-')) {
      const operator = (take() as { symbol: BinaryOperator }).symbol;
      node = { kind: 'binary', operator, left: node, right: product(depth) };
    }
    return node;
  };
  const product = (depth: number): ExpressionNode => {
    let node = unary(depth);
    while (isSymbol('*', '/')) {
      const operator = (take() as { symbol: BinaryOperator }).symbol;
      node = { kind: 'binary', operator, left: node, right: unary(depth) };
    }
    return node;
  };
  const unary = (depth: number): ExpressionNode => {
    if (depth > MAX_DEPTH) fail(text, 'is nested too deeply');
    if (isSymbol('+')) {
      take();
      return unary(depth + 1);
    }
    if (isSymbol('-')) {
      take();
      return { kind: 'negate', operand: unary(depth + 1) };
    }
    const base = primary(depth);
    if (!isSymbol('^')) return base;
    take();
    return { kind: 'binary', operator: '^', left: base, right: unary(depth + 1) };
  };
  const primary = (depth: number): ExpressionNode => {
    const token = take();
    if (token?.kind === 'number') return { kind: 'number', value: token.value };
    if (token?.kind === 'name') return { kind: 'input', name: token.name };
    if (token?.kind === 'symbol' && token.symbol === '(') {
      const inner = sum(depth + 1);
      if (!isSymbol(')')) fail(text, 'has an unclosed parenthesis');
      take();
      return inner;
    }
    return fail(text, token ? `has an unexpected "${describe(token)}"` : 'ends too early');
  };

  const tree = sum(0);
  if (position < tokens.length) fail(text, `has an unexpected "${describe(tokens[position])}"`);
  return tree;
}

/** The input names an expression uses, in order of first use. */
export function expressionInputs(node: ExpressionNode): string[] {
  const names: string[] = [];
  const visit = (current: ExpressionNode): void => {
    if (current.kind === 'input' && !names.includes(current.name)) names.push(current.name);
    if (current.kind === 'negate') visit(current.operand);
    if (current.kind === 'binary') {
      visit(current.left);
      visit(current.right);
    }
  };
  visit(node);
  return names;
}

function tokenize(text: string): Token[] {
  if (typeof text !== 'string' || text.trim() === '') fail(String(text), 'is empty');
  if (text.length > MAX_LENGTH) fail(text.slice(0, 40), `is longer than ${MAX_LENGTH} characters`);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) fail(text, `has an unexpected character at ${start + 1}`);
    const [, number, name, symbol] = match;
    if (number !== undefined) tokens.push({ kind: 'number', value: Number(number) });
    else if (name !== undefined) tokens.push({ kind: 'name', name });
    else tokens.push({ kind: 'symbol', symbol: SYMBOLS[symbol] ?? symbol });
  }
  return tokens;
}

function describe(token: Token): string {
  if (token.kind === 'number') return String(token.value);
  return token.kind === 'name' ? token.name : token.symbol;
}

function fail(text: string, problem: string): never {
  throw new GradingError(`The expression "${text}" ${problem}`, GradingErrorCode.INVALID_CONTENT, [
    { field: 'expression.text', message: problem },
  ]);
}
