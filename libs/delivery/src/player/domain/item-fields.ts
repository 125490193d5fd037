import type { ItemResponse } from '@markpoint/grading';
import type { LearnerItemView } from '../../domain/learner-item-view';

/** Why an answer on a form could not be saved; the pages turn each into a sentence. */
export type FieldProblem = 'NOT_A_NUMBER' | 'ORDER_INCOMPLETE' | 'NOT_ACCEPTED';

export type ParsedFields =
  | { kind: 'skip' }
  | { kind: 'response'; response: ItemResponse }
  | { kind: 'problem'; problem: FieldProblem };

export type FormFields = Record<string, unknown>;

/** Form field names of an item: `q3`, `q3-s1` (ordering step 1), `q3-m2` (matching prompt 2). */
export const fieldName = (position: number, suffix = ''): string => `q${position}${suffix}`;

/** Whether a saved response counts as answered (an empty text or selection does not). */
export function isAnswered(response: ItemResponse | null): boolean {
  if (!response) return false;
  switch (response.type) {
    case 'MULTIPLE_RESPONSE':
      return response.optionIds.length > 0;
    case 'MATCHING':
      return Object.keys(response.matches).length > 0;
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
      return response.text.trim() !== '';
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
    case 'ORDERING':
    case 'NUMERIC':
      return true;
    default:
      return response satisfies never;
  }
}

/** A learner's typed number: spaces, thousands commas and currency or percent signs are ignored. */
export function parseLearnerNumber(text: string): number | null {
  const t = text.replace(/[\s,£$€%]/g, '');
  if (t === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
}

function one(fields: FormFields, name: string): string | undefined {
  const v = fields[name];
  if (typeof v === 'string') return v;
  return Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
}

function many(fields: FormFields, name: string): string[] {
  const v = fields[name];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The response an item's form fields give (the same rules as the autosave script). A control left
 * empty is skipped, unless it clears an answer the learner gave before.
 */
export function parseItemFields(view: LearnerItemView, fields: FormFields): ParsedFields {
  const p = view.position;
  const answered = isAnswered(view.response);
  const got = (response: ItemResponse): ParsedFields => ({ kind: 'response', response });
  switch (view.type) {
    case 'SINGLE_CHOICE': {
      const optionId = one(fields, fieldName(p));
      return optionId === undefined ? { kind: 'skip' } : got({ type: view.type, optionId });
    }
    case 'TRUE_FALSE': {
      const value = one(fields, fieldName(p));
      return value === undefined ? { kind: 'skip' } : got({ type: view.type, value: value === 'true' });
    }
    case 'MULTIPLE_RESPONSE': {
      const optionIds = many(fields, fieldName(p));
      return optionIds.length || answered ? got({ type: view.type, optionIds }) : { kind: 'skip' };
    }
    case 'ORDERING': {
      const steps = view.steps ?? [];
      const chosen = steps.map((s, i) => ({ id: s.id, at: one(fields, fieldName(p, `-s${i + 1}`)) ?? '' }));
      const set = chosen.filter((c) => c.at !== '');
      if (set.length === 0) return { kind: 'skip' };
      if (set.length < steps.length || new Set(set.map((c) => c.at)).size < set.length)
        return { kind: 'problem', problem: 'ORDER_INCOMPLETE' };
      const stepIds = [...chosen].sort((a, b) => Number(a.at) - Number(b.at)).map((c) => c.id);
      return got({ type: view.type, stepIds });
    }
    case 'MATCHING': {
      const matches: Record<string, string> = {};
      (view.prompts ?? []).forEach((prompt, i) => {
        const answer = one(fields, fieldName(p, `-m${i + 1}`));
        if (answer) matches[prompt.id] = answer;
      });
      return Object.keys(matches).length || answered ? got({ type: view.type, matches }) : { kind: 'skip' };
    }
    case 'NUMERIC': {
      const value = parseLearnerNumber(one(fields, fieldName(p)) ?? '');
      if (value === null) return { kind: 'skip' };
      return Number.isNaN(value)
        ? { kind: 'problem', problem: 'NOT_A_NUMBER' }
        : got({ type: view.type, value });
    }
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE': {
      const text = one(fields, fieldName(p)) ?? '';
      return text !== '' || answered ? got({ type: view.type, text }) : { kind: 'skip' };
    }
    default:
      return view.type satisfies never;
  }
}

export const FIELD_PROBLEM_TEXT: Record<FieldProblem, string> = {
  NOT_A_NUMBER: 'enter a number, such as 12.5',
  ORDER_INCOMPLETE: 'give every step a different position',
  NOT_ACCEPTED: 'the answer is too long, or not one this question takes',
};
