import type { ItemContent } from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import { freezeItem } from './freeze-item';
import { toLearnerItemView } from './learner-item-view';
import { opaqueIdsFor, responseFromLearner, responseToLearner } from './opaque-ids';

const ORDERING: ItemContent = {
  type: 'ORDERING',
  stem: 'Put the PDCA steps in order',
  steps: ['Plan', 'Do', 'Check', 'Act'].map((text, i) => ({ id: `s${i + 1}`, text })),
};
const CHOICE: ItemContent = {
  type: 'SINGLE_CHOICE',
  stem: 'Which?',
  options: ['One', 'Two', 'Three', 'Four'].map((text, i) => ({ id: 'abcd'[i], text })),
  correctOptionId: 'a',
};
const MATCHING: ItemContent = {
  type: 'MATCHING',
  stem: 'Match',
  pairs: [
    { id: 'p1', prompt: 'Gross profit', answer: 'Revenue − cost of sales' },
    { id: 'p2', prompt: 'Net profit', answer: 'Gross profit − expenses' },
  ],
  distractors: ['Sum ÷ count'],
};

function frozenItem(content: ItemContent, seed: string, position = 1): AttemptItemEntity {
  const frozen = freezeItem(content, `${seed}:${position}`, true);
  return {
    position,
    content: frozen.content,
    presentation: frozen.presentation,
    parameters: frozen.parameters,
    maxScore: 1,
    response: null,
  } as AttemptItemEntity;
}

describe(opaqueIdsFor.name, () => {
  it('should map every shown id to a token unlike it and back, per attempt and position', () => {
    const sut = opaqueIdsFor('seed-1', 3, ORDERING);
    const tokens = ORDERING.steps.map((s) => sut.toOpaque(s.id));
    expect(new Set(tokens).size).toBe(4);
    for (const [i, token] of tokens.entries()) {
      expect(token).toMatch(/^[0-9a-f]{16}$/);
      expect(sut.toInternal(token)).toBe(ORDERING.steps[i].id);
    }
    expect(opaqueIdsFor('seed-2', 3, ORDERING).toOpaque('s1')).not.toBe(tokens[0]);
    expect(opaqueIdsFor('seed-1', 4, ORDERING).toOpaque('s1')).not.toBe(tokens[0]);
    expect(opaqueIdsFor('seed-1', 3, ORDERING).toOpaque('s1')).toBe(tokens[0]);
  });

  it('should know no internal id as a learner id', () => {
    const sut = opaqueIdsFor('seed-1', 1, ORDERING);
    expect(ORDERING.steps.map((s) => sut.toInternal(s.id))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('should carry a response out to the learner and back unchanged', () => {
    const ids = opaqueIdsFor('seed-1', 1, MATCHING);
    const stored = {
      type: 'MATCHING' as const,
      matches: { p1: 'Revenue − cost of sales', p2: 'Sum ÷ count' },
    };
    const shown = responseToLearner(stored, ids)!;
    expect(JSON.stringify(shown)).not.toMatch(/"p[12]"/);
    expect(responseFromLearner(shown, ids)).toEqual({ response: stored });
  });

  it('should report ids the item never showed, internal ones included', () => {
    const ids = opaqueIdsFor('seed-1', 1, CHOICE);
    expect(responseFromLearner({ type: 'SINGLE_CHOICE', optionId: 'a' }, ids)).toEqual({ unknownIds: ['a'] });
    expect(
      responseFromLearner({ type: 'MULTIPLE_RESPONSE', optionIds: [ids.toOpaque('b'), 'zz'] }, ids),
    ).toEqual({ unknownIds: ['zz'] });
  });
});

describe(toLearnerItemView.name, () => {
  it('should show opaque step ids that neither equal nor sort to the key, in an order that is not the key', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const sut = toLearnerItemView(frozenItem(ORDERING, seed), seed);
      const shown = sut.steps!.map((s) => s.id);
      const keyIds = ORDERING.steps.map((s) => opaqueIdsFor(seed, 1, ORDERING).toOpaque(s.id));
      expect(shown.some((id) => /^s\d$/.test(id))).toBe(false);
      expect(sut.steps!.map((s) => s.text)).not.toEqual(ORDERING.steps.map((s) => s.text));
      expect([...shown].sort()).toEqual([...keyIds].sort());
      expect(shown).not.toEqual(keyIds);
    }
    // Sorting the ids gives the key only by chance (1 in 24 for four steps), not by construction.
    const sortedGivesKey = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].filter((seed) => {
      const ids = opaqueIdsFor(seed, 1, ORDERING);
      const keyIds = ORDERING.steps.map((s) => ids.toOpaque(s.id));
      return JSON.stringify([...keyIds].sort()) === JSON.stringify(keyIds);
    });
    expect(sortedGivesKey.length).toBeLessThan(2);
  });

  it('should never show the key order, even for two steps on every seed', () => {
    const two: ItemContent = { ...ORDERING, steps: ORDERING.steps.slice(0, 2) };
    for (let n = 0; n < 200; n++) {
      const sut = toLearnerItemView(frozenItem(two, `seed-${n}`), `seed-${n}`);
      expect(sut.steps!.map((s) => s.text)).toEqual(['Do', 'Plan']);
    }
  });

  it('should shuffle an ordering frozen without a presentation, never into the key order', () => {
    const item = { ...frozenItem(ORDERING, 'x'), presentation: null } as AttemptItemEntity;
    for (const seed of ['1', '2', '3', '4', '5']) {
      const sut = toLearnerItemView(item, seed);
      expect(sut.steps!.map((s) => s.text)).not.toEqual(['Plan', 'Do', 'Check', 'Act']);
    }
  });

  it('should show options and prompts by opaque ids, and the saved response in the same ids', () => {
    const item = { ...frozenItem(CHOICE, 'seed'), response: { type: 'SINGLE_CHOICE', optionId: 'c' } };
    const sut = toLearnerItemView(item as AttemptItemEntity, 'seed');
    expect(sut.options!.map((o) => o.id).filter((id) => /^[a-d]$/.test(id))).toEqual([]);
    const three = sut.options!.find((o) => o.text === 'Three')!;
    expect(sut.response).toEqual({ type: 'SINGLE_CHOICE', optionId: three.id });
    const matching = toLearnerItemView(frozenItem(MATCHING, 'seed'), 'seed');
    expect(matching.prompts!.map((p) => p.id).filter((id) => /^p\d$/.test(id))).toEqual([]);
    expect(toLearnerItemView(frozenItem(CHOICE, 'other'), 'other').options!.map((o) => o.id)).not.toContain(
      three.id,
    );
  });
});
