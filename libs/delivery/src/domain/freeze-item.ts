import { createRandom, drawParameters, type ItemContent, type SeededRandom } from '@markpoint/grading';
import type { Presentation } from '../entities/attempt-item.entity';

export interface FrozenContent {
  content: ItemContent;
  parameters: Record<string, number> | null;
  presentation: Presentation | null;
}

/** Fixes what a learner sees for this attempt: option order, step order, parameter values. */
export function freezeItem(content: ItemContent, seed: string, shuffleOptions: boolean): FrozenContent {
  const random = createRandom(seed);
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return {
        content: shuffleOptions ? { ...content, options: random.shuffle(content.options) } : content,
        parameters: null,
        presentation: null,
      };
    case 'ORDERING':
      return { content, parameters: null, presentation: { stepOrder: presentedStepOrder(content, random) } };
    case 'MATCHING':
      return {
        content,
        parameters: null,
        presentation: {
          answerOrder: random.shuffle([...content.pairs.map((p) => p.answer), ...content.distractors]),
        },
      };
    case 'NUMERIC':
      return { content, parameters: drawParameters(content, seed), presentation: null };
    case 'TRUE_FALSE':
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
      return { content, parameters: null, presentation: null };
    default:
      return content satisfies never;
  }
}

/**
 * The order an ordering item's steps are shown in: a seeded shuffle that is never the key. A shuffle
 * that lands on the key is redrawn (bounded), then rotated by one, so two or more steps never
 * show in key order.
 */
export function presentedStepOrder(content: { steps: { id: string }[] }, random: SeededRandom): string[] {
  const key = content.steps.map((s) => s.id);
  if (key.length < 2) return key;
  const isKey = (order: string[]) => order.every((id, n) => id === key[n]);
  let order = random.shuffle(key);
  for (let i = 0; i < 5 && isKey(order); i++) order = random.shuffle(order);
  return isKey(order) ? [...order.slice(1), order[0]] : order;
}
