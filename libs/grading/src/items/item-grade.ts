import type { ItemResponse, ItemType } from './item-content';

/** `PENDING_MANUAL`: the item waits for a marker (extended response); its score is 0 until marked. */
export type ItemGradeStatus = 'GRADED' | 'PENDING_MANUAL';

/** The outcome of grading one item of one attempt. */
export interface ItemGrade {
  /** Rounded to 2 decimals; never negative, never above `maxScore`. */
  score: number;
  maxScore: number;
  status: ItemGradeStatus;
  /** `true` only for full credit; `null` while the item waits for a marker. */
  correct: boolean | null;
  /** How the score was reached, for markers and logs (not learner feedback). */
  detail?: string;
}

/** What a grader needs besides the content and the response. */
export interface GraderContext {
  /** The item's maximum score in this quiz (finite, ≥ 0, at most 2 decimals). */
  maxScore: number;
  /** The attempt's drawn values for a numeric item (`drawParameters`). */
  parameters?: Readonly<Record<string, number>>;
}

/** The response shape that goes with an item type. */
export type ResponseOf<T extends ItemType> = Extract<ItemResponse, { type: T }>;
