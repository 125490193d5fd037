import {
  createRandom,
  isResponseOf,
  renderNumericStem,
  type ItemResponse,
  type ItemType,
} from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import { presentedStepOrder } from './freeze-item';
import { opaqueIdsFor, responseToLearner } from './opaque-ids';

/**
 * What a learner may see of an item before submitting: the question and its choices, never the
 * key, the feedback or anything that orders choices by correctness. Every id in it (options,
 * steps, prompts, and those in the saved response) is this attempt's opaque id, never the
 * item's own.
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

/** `seed` is the attempt's seed: it draws the opaque ids, and is never shown to the learner. */
export function toLearnerItemView(item: AttemptItemEntity, seed: string): LearnerItemView {
  const c = item.content;
  const ids = opaqueIdsFor(seed, item.position, c);
  // A stored response of the wrong shape (older code stored any) is shown as no answer.
  const response = isResponseOf(c.type, item.response) ? responseToLearner(item.response, ids) : null;
  const base = { position: item.position, type: c.type, maxScore: item.maxScore, response };
  switch (c.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return {
        ...base,
        stem: c.stem,
        options: c.options.map(({ id, text }) => ({ id: ids.toOpaque(id), text })),
      };
    case 'TRUE_FALSE':
    case 'SHORT_ANSWER':
      return { ...base, stem: c.stem };
    case 'ORDERING': {
      // Attempts frozen without a presentation get the same seeded, never-the-key order.
      const order =
        item.presentation?.stepOrder ?? presentedStepOrder(c, createRandom(`${seed}:${item.position}`));
      const byId = new Map(c.steps.map((s) => [s.id, s.text]));
      return {
        ...base,
        stem: c.stem,
        steps: order.map((id) => ({ id: ids.toOpaque(id), text: byId.get(id) ?? '' })),
      };
    }
    case 'MATCHING':
      return {
        ...base,
        stem: c.stem,
        prompts: c.pairs.map(({ id, prompt }) => ({ id: ids.toOpaque(id), prompt })),
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
