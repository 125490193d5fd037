import { ITEM_TYPES, numericKey, type ItemContent, type ItemResponse } from '@markpoint/grading';

/** The item types marked without a person, so a submitted attempt is graded at once. */
export const AUTO_MARKED_TYPES = ITEM_TYPES.filter((type) => type !== 'EXTENDED_RESPONSE');

/** What the learner's view of an item shows (REST `items[]`): choices by the attempt's own ids. */
export interface ShownItem {
  position: number;
  options?: { id: string; text: string }[];
  steps?: { id: string; text: string }[];
  prompts?: { id: string; prompt: string }[];
}

/**
 * The right answer, worked out from the frozen content the database holds (never from the API),
 * then given in the ids the learner's view shows, found by their text: a learner answers with the
 * ids their attempt shows, never with the item's own.
 */
export function correctResponse(
  content: ItemContent,
  parameters: Record<string, number> | null,
  shown: ShownItem,
): ItemResponse {
  const idOf = (choices: { id: string; text: string }[] | undefined, text: string): string => {
    const found = (choices ?? []).filter((c) => c.text === text);
    if (found.length !== 1) throw new Error(`Item ${shown.position} shows "${text}" ${found.length} times`);
    return found[0].id;
  };
  switch (content.type) {
    case 'SINGLE_CHOICE': {
      const key = content.options.find((o) => o.id === content.correctOptionId)!;
      return { type: content.type, optionId: idOf(shown.options, key.text) };
    }
    case 'MULTIPLE_RESPONSE': {
      const keys = content.options.filter((o) => content.correctOptionIds.includes(o.id));
      return { type: content.type, optionIds: keys.map((o) => idOf(shown.options, o.text)) };
    }
    case 'TRUE_FALSE':
      return { type: content.type, value: content.correct };
    case 'ORDERING':
      return { type: content.type, stepIds: content.steps.map((s) => idOf(shown.steps, s.text)) };
    case 'MATCHING': {
      const prompts = (shown.prompts ?? []).map((p) => ({ id: p.id, text: p.prompt }));
      return {
        type: content.type,
        matches: Object.fromEntries(content.pairs.map((p) => [idOf(prompts, p.prompt), p.answer])),
      };
    }
    case 'NUMERIC':
      return { type: content.type, value: numericKey(content, parameters ?? {}) };
    case 'SHORT_ANSWER':
      return { type: content.type, text: content.acceptedAnswers[0].toUpperCase() };
    case 'EXTENDED_RESPONSE':
      return { type: content.type, text: 'A considered answer.' };
  }
}
