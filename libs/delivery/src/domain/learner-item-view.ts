import { isResponseOf, renderNumericStem, type ItemResponse, type ItemType } from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';

/**
 * What a learner may see of an item before submitting: the question and its choices, never the
 * key, the feedback or anything that orders choices by correctness.
 */
export interface LearnerItemView {
  position: number;
  type: ItemType;
  stem: string;
  options?: { id: string; text: string }[];
  steps?: { id: string; text: string }[];
  prompts?: { id: string; prompt: string }[];
  answers?: string[];
  unit?: string;
  decimals?: number;
  criteria?: { description: string; marks: number }[];
  maxScore: number;
  response: ItemResponse | null;
}

export function toLearnerItemView(item: AttemptItemEntity): LearnerItemView {
  const c = item.content;
  // A stored response of the wrong shape (older code stored any) is shown as no answer.
  const response = isResponseOf(c.type, item.response) ? item.response : null;
  const base = { position: item.position, type: c.type, maxScore: item.maxScore, response };
  switch (c.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return { ...base, stem: c.stem, options: c.options.map(({ id, text }) => ({ id, text })) };
    case 'TRUE_FALSE':
    case 'SHORT_ANSWER':
      return { ...base, stem: c.stem };
    case 'ORDERING': {
      const order = item.presentation?.stepOrder ?? c.steps.map((s) => s.id);
      const byId = new Map(c.steps.map((s) => [s.id, s.text]));
      return { ...base, stem: c.stem, steps: order.map((id) => ({ id, text: byId.get(id) ?? '' })) };
    }
    case 'MATCHING':
      return {
        ...base,
        stem: c.stem,
        prompts: c.pairs.map(({ id, prompt }) => ({ id, prompt })),
        answers: item.presentation?.answerOrder ?? [...c.pairs.map((p) => p.answer), ...c.distractors].sort(),
      };
    case 'NUMERIC':
      return {
        ...base,
        stem: renderNumericStem(c, item.parameters ?? {}),
        unit: c.unit,
        decimals: c.decimals,
      };
    case 'EXTENDED_RESPONSE':
      return {
        ...base,
        stem: c.stem,
        criteria: c.rubric.map(({ description, marks }) => ({ description, marks })),
      };
    default:
      return c satisfies never;
  }
}
