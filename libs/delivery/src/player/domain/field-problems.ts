import { FIELD_PROBLEM_TEXT, type FieldProblem } from './item-fields';

export interface PositionedProblem {
  position: number;
  problem: FieldProblem;
}

/** Problems carried across a POST → redirect → GET as `3-NOT_A_NUMBER,5-ORDER_INCOMPLETE`. */
export function encodeProblems(problems: PositionedProblem[]): string {
  return problems.map((p) => `${p.position}-${p.problem}`).join(',');
}

/** Only well-formed entries with known codes survive: the query string is the learner's to edit. */
export function decodeProblems(query: unknown): PositionedProblem[] {
  if (typeof query !== 'string') return [];
  return query
    .split(',')
    .slice(0, 100)
    .map((entry) => /^(\d{1,4})-([A-Z_]{1,40})$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && m[2] in FIELD_PROBLEM_TEXT)
    .map((m) => ({ position: Number(m[1]), problem: m[2] as FieldProblem }));
}
