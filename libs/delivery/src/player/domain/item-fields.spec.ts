import type { LearnerItemView } from '../../domain/learner-item-view';
import { isAnswered, parseItemFields, parseLearnerNumber } from './item-fields';

const base = { position: 2, stem: 'Stem', maxScore: 1, response: null };

describe(parseItemFields.name, () => {
  it('should read a single choice, and skip it when nothing is chosen', () => {
    const view: LearnerItemView = { ...base, type: 'SINGLE_CHOICE', options: [{ id: 'a', text: 'A' }] };
    expect(parseItemFields(view, { q2: 'a' })).toEqual({
      kind: 'response',
      response: { type: 'SINGLE_CHOICE', optionId: 'a' },
    });
    expect(parseItemFields(view, {})).toEqual({ kind: 'skip' });
  });

  it('should save an empty multiple response only when it clears an earlier answer', () => {
    const view: LearnerItemView = { ...base, type: 'MULTIPLE_RESPONSE', options: [{ id: 'a', text: 'A' }] };
    expect(parseItemFields(view, {})).toEqual({ kind: 'skip' });
    const answered = { ...view, response: { type: 'MULTIPLE_RESPONSE' as const, optionIds: ['a'] } };
    expect(parseItemFields(answered, {})).toEqual({
      kind: 'response',
      response: { type: 'MULTIPLE_RESPONSE', optionIds: [] },
    });
  });

  it('should order steps by their chosen positions and refuse a repeated position', () => {
    const view: LearnerItemView = {
      ...base,
      type: 'ORDERING',
      steps: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
    };
    expect(parseItemFields(view, { 'q2-s1': '2', 'q2-s2': '1' })).toEqual({
      kind: 'response',
      response: { type: 'ORDERING', stepIds: ['y', 'x'] },
    });
    expect(parseItemFields(view, { 'q2-s1': '1', 'q2-s2': '1' })).toEqual({
      kind: 'problem',
      problem: 'ORDER_INCOMPLETE',
    });
  });

  it('should read numbers with thousands commas and units, and refuse words', () => {
    const view: LearnerItemView = { ...base, type: 'NUMERIC', unit: '£', decimals: 2 };
    expect(parseItemFields(view, { q2: '£1,250.5' })).toEqual({
      kind: 'response',
      response: { type: 'NUMERIC', value: 1250.5 },
    });
    expect(parseItemFields(view, { q2: 'twelve' })).toEqual({ kind: 'problem', problem: 'NOT_A_NUMBER' });
    expect(parseLearnerNumber('  ')).toBeNull();
  });

  it('should match prompts by their form position', () => {
    const view: LearnerItemView = {
      ...base,
      type: 'MATCHING',
      prompts: [{ id: 'p1', prompt: 'P' }],
      answers: ['A', 'B'],
    };
    expect(parseItemFields(view, { 'q2-m1': 'B' })).toEqual({
      kind: 'response',
      response: { type: 'MATCHING', matches: { p1: 'B' } },
    });
  });
});

describe(isAnswered.name, () => {
  it('should not count blank text or empty selections as answered', () => {
    expect(isAnswered({ type: 'SHORT_ANSWER', text: '  ' })).toBe(false);
    expect(isAnswered({ type: 'MULTIPLE_RESPONSE', optionIds: [] })).toBe(false);
    expect(isAnswered({ type: 'TRUE_FALSE', value: false })).toBe(true);
    expect(isAnswered(null)).toBe(false);
  });
});
