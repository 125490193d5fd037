// A second evaluator for stated expressions, deliberately not the grading lib's: grading parses by
// recursive descent into a tree; this one converts to postfix with the shunting-yard algorithm and
// runs a stack. A precedence or associativity slip in either one makes the two keys differ, which
// is what the numeric-key rule looks for. Unparseable text gives NaN (grading reports why).

type Token = number | string;

const PRECEDENCE: Readonly<Record<string, number>> = { '+': 1, '-': 1, '*': 2, '/': 2, '~': 3, '^': 4 };
const RIGHT_ASSOCIATIVE = new Set(['^', '~']);
const SYMBOLS: Readonly<Record<string, string>> = { '−': '-', '–': '-', '×': '*', '÷': '/' };

/** The value of `text` for `values`, or NaN when it cannot be read. */
export function recomputeExpression(text: string, values: Readonly<Record<string, number>>): number {
  const postfix = toPostfix(text);
  if (!postfix) return Number.NaN;
  const stack: number[] = [];
  for (const token of postfix) {
    if (typeof token === 'number') stack.push(token);
    else if (token === '~') stack.push(-(stack.pop() ?? Number.NaN));
    else if (/^[A-Za-z_]/.test(token)) stack.push(Object.hasOwn(values, token) ? values[token] : Number.NaN);
    else {
      const right = stack.pop() ?? Number.NaN;
      const left = stack.pop() ?? Number.NaN;
      stack.push(apply(token, left, right));
    }
  }
  return stack.length === 1 ? stack[0] : Number.NaN;
}

function apply(operator: string, left: number, right: number): number {
  if (operator === '+') return left + right;
  if (operator === '-') return left - right;
  if (operator === '*') return left * right;
  if (operator === '/') return left / right;
  return left ** right;
}

function toPostfix(text: string): Token[] | null {
  const tokens = text.match(/\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[-+*/^()−–×÷]|\S/g) ?? [];
  const output: Token[] = [];
  const operators: string[] = [];
  // A minus where an operand is expected (at the start, after an operator or "(") is unary.
  let expectOperand = true;
  for (const raw of tokens) {
    const token = SYMBOLS[raw] ?? raw;
    if (/^\d/.test(token)) {
      output.push(Number(token));
      expectOperand = false;
    } else if (/^[A-Za-z_]/.test(token)) {
      output.push(token);
      expectOperand = false;
    } else if (token === '(') {
      operators.push(token);
      expectOperand = true;
    } else if (token === ')') {
      while (operators.length > 0 && operators[operators.length - 1] !== '(') output.push(operators.pop()!);
      if (operators.pop() !== '(') return null;
      expectOperand = false;
    } else if (token in PRECEDENCE) {
      if (expectOperand && token === '+') continue;
      const operator = expectOperand && token === '-' ? '~' : token;
      if (expectOperand && operator !== '~') return null;
      while (operators.length > 0 && shouldPop(operators[operators.length - 1], operator))
        output.push(operators.pop()!);
      operators.push(operator);
      expectOperand = true;
    } else return null;
  }
  while (operators.length > 0) {
    const operator = operators.pop()!;
    if (operator === '(') return null;
    output.push(operator);
  }
  return output;
}

// Unary minus binds below ^ (-2 ^ 2 = −4) but above * and /; it is never popped by the operand to
// its right, only by a later operator of lower precedence.
function shouldPop(top: string, incoming: string): boolean {
  if (top === '(') return false;
  if (incoming === '~') return false;
  const topRank = PRECEDENCE[top];
  const incomingRank = PRECEDENCE[incoming];
  return topRank > incomingRank || (topRank === incomingRank && !RIGHT_ASSOCIATIVE.has(incoming));
}
