import type { ItemDraft, ItemType } from '@markpoint/grading';
import { newSelectionState, selectItems, typePriority } from './select-items';

const item = (type: ItemType, stem: string, extra: Partial<Record<string, unknown>> = {}): ItemDraft =>
  ({
    content: { type, stem, ...extra },
    markingPointKeys: ['mp-0000000000'],
    level: 'RECALL',
    feedback: { correct: '', incorrect: '' },
    maxScore: 1,
    provenance: { specId: 's', specVersion: 1, lines: [1] },
    generator: { strategy: 'test', version: '1', seed: 's' },
  }) as unknown as ItemDraft;

describe(selectItems.name, () => {
  const sut = selectItems;
  const order: ItemType[] = ['SINGLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER'];

  it('should take the written task first, then one item per type each round', () => {
    const candidates = [
      item('SINGLE_CHOICE', 'Q1', { options: [{ id: 'a', text: 'A' }], correctOptionId: 'a' }),
      item('SINGLE_CHOICE', 'Q2', { options: [{ id: 'a', text: 'B' }], correctOptionId: 'a' }),
      item('TRUE_FALSE', 'S1.', { correct: true }),
      item('EXTENDED_RESPONSE', 'Explain.', { rubric: [], guidance: '' }),
    ];
    expect(sut(candidates, order, 4, newSelectionState()).map((chosen) => chosen.content.stem)).toEqual([
      'Explain.',
      'Q1',
      'S1.',
      'Q2',
    ]);
  });

  it('should never repeat a stem, and ask a fact twice only to reach the minimum', () => {
    const state = newSelectionState();
    sut([item('TRUE_FALSE', 'Statement.', { correct: false })], order, 6, state);
    const again = [
      item('TRUE_FALSE', 'Statement.', { correct: false }),
      item('SINGLE_CHOICE', 'Which is wrong?', {
        options: [{ id: 'a', text: 'Statement.' }],
        correctOptionId: 'a',
      }),
    ];
    expect(sut(again, order, 6, state).map((chosen) => chosen.content.stem)).toEqual(['Which is wrong?']);
  });

  it('should prefer the true/false key the bank has fewer of', () => {
    const state = newSelectionState();
    sut([item('TRUE_FALSE', 'One.', { correct: false })], order, 1, state);
    const [chosen] = sut(
      [item('TRUE_FALSE', 'Two.', { correct: false }), item('TRUE_FALSE', 'Three.', { correct: true })],
      order,
      1,
      state,
    );
    expect(chosen.content.stem).toBe('Three.');
  });
});

describe(typePriority.name, () => {
  it('should put calculations first for a marking point that asks for them', () => {
    const [first] = typePriority({
      key: 'mp-0',
      text: 'Credit for calculating gross profit.',
      line: 1,
      endLine: 1,
      actions: [{ verb: 'calculate', object: 'gross profit' }],
      focus: '',
      related: [],
      loose: [],
    });
    expect(first).toBe('NUMERIC');
  });
});
