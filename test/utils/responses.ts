import { ITEM_TYPES, numericKey, type ItemContent, type ItemResponse } from '@markpoint/grading';

/** The item types marked without a person, so a submitted attempt is graded at once. */
export const AUTO_MARKED_TYPES = ITEM_TYPES.filter((type) => type !== 'EXTENDED_RESPONSE');

/** The right answer, worked out from the frozen content the database holds (never from the API). */
export function correctResponse(
  content: ItemContent,
  parameters: Record<string, number> | null,
): ItemResponse {
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return { type: content.type, optionId: content.correctOptionId };
    case 'MULTIPLE_RESPONSE':
      return { type: content.type, optionIds: content.correctOptionIds };
    case 'TRUE_FALSE':
      return { type: content.type, value: content.correct };
    case 'ORDERING':
      return { type: content.type, stepIds: content.steps.map((s) => s.id) };
    case 'MATCHING':
      return { type: content.type, matches: Object.fromEntries(content.pairs.map((p) => [p.id, p.answer])) };
    case 'NUMERIC':
      return { type: content.type, value: numericKey(content, parameters ?? {}) };
    case 'SHORT_ANSWER':
      return { type: content.type, text: content.acceptedAnswers[0].toUpperCase() };
    case 'EXTENDED_RESPONSE':
      return { type: content.type, text: 'A considered answer.' };
  }
}
