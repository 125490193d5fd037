import type { ItemContent, ItemResponse } from '@markpoint/grading';

/**
 * Why a response does not fit its item, or null. Checked before anything is stored, after the
 * response's shape and size were validated (SaveResponseDto).
 */
export function responseProblem(content: ItemContent, response: ItemResponse): string | null {
  if (response.type !== content.type) return `This item is ${content.type}; the response is ${response.type}`;
  switch (response.type) {
    case 'SINGLE_CHOICE': {
      const ids = (content as { options: { id: string }[] }).options.map((o) => o.id);
      return ids.includes(response.optionId) ? null : `Unknown option ${response.optionId}`;
    }
    case 'MULTIPLE_RESPONSE': {
      const ids = (content as { options: { id: string }[] }).options.map((o) => o.id);
      const unknown = response.optionIds.filter((id) => !ids.includes(id));
      if (new Set(response.optionIds).size !== response.optionIds.length)
        return 'An option is selected twice';
      return unknown.length ? `Unknown options ${unknown.join(', ')}` : null;
    }
    case 'ORDERING': {
      const ids = (content as { steps: { id: string }[] }).steps.map((s) => s.id).sort();
      return JSON.stringify([...response.stepIds].sort()) === JSON.stringify(ids)
        ? null
        : 'The order must list every step exactly once';
    }
    case 'MATCHING': {
      const prompts = (content as { pairs: { id: string }[] }).pairs.map((p) => p.id);
      const unknown = Object.keys(response.matches).filter((id) => !prompts.includes(id));
      return unknown.length ? `Unknown prompts ${unknown.join(', ')}` : null;
    }
    case 'NUMERIC':
      return Number.isFinite(response.value) ? null : 'The answer must be a number';
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
    case 'TRUE_FALSE':
      return null;
    default:
      return response satisfies never;
  }
}
