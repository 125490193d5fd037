import { createRandom, drawParameters, type ItemContent } from '@markpoint/grading';
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
    case 'ORDERING': {
      // Never present the key: reshuffle (bounded) while the order equals the correct one.
      let order = random.shuffle(content.steps.map((s) => s.id));
      for (let i = 0; i < 5 && order.every((id, n) => id === content.steps[n].id); i++)
        order = random.shuffle(order);
      return { content, parameters: null, presentation: { stepOrder: order } };
    }
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
