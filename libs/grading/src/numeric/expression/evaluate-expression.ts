import { assertUnreachable } from '../../utils/assert-unreachable';
import type { ExpressionNode } from './parse-expression';

/**
 * The exact value of a parsed expression for the given inputs (Infinity or NaN included, as a
 * table formula's `compute`): a missing input is NaN, so the result is NaN rather than a guess.
 */
export function evaluateExpression(node: ExpressionNode, values: Readonly<Record<string, number>>): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'input':
      return Object.hasOwn(values, node.name) ? values[node.name] : Number.NaN;
    case 'negate':
      return -evaluateExpression(node.operand, values);
    case 'binary': {
      const left = evaluateExpression(node.left, values);
      const right = evaluateExpression(node.right, values);
      switch (node.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return left / right;
        case '^':
          return Math.pow(left, right);
        default:
          return assertUnreachable(node.operator, 'Unknown operator');
      }
    }
    default:
      return assertUnreachable(node, 'Unknown expression node');
  }
}
