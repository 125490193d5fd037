import type { ItemDraft } from '@markpoint/grading';
import { makeItem, MP_KEY, oneOfEachType, OTHER_MP_KEY, singleChoiceContent } from './make-item';

// Specs only: a bank that lints clean and covers both marking points.

export const MARKING_POINTS = [
  { key: MP_KEY, text: 'Explain the purpose of a service level agreement', line: 12 },
  { key: OTHER_MP_KEY, text: 'Describe the Plan-Do-Check-Act cycle', line: 14 },
];

/**
 * 16 items: 8 single-choice items with keys spread over the positions (the key longest in 2), and
 * one item of every type. Items 1–8 assess MP_KEY, items 9–16 OTHER_MP_KEY.
 */
export function makeCleanBank(): ItemDraft[] {
  const choices = ['a', 'b', 'c', 'd', 'a', 'c', 'd', 'a'].map((correctOptionId, index) =>
    makeItem(
      singleChoiceContent({
        stem: `Question ${index + 1}: which document sets out a service?`,
        correctOptionId,
      }),
      { markingPointKeys: [index < 4 ? MP_KEY : OTHER_MP_KEY] },
    ),
  );
  const others = oneOfEachType();
  others.forEach((item, index) => (item.markingPointKeys = [index < 4 ? MP_KEY : OTHER_MP_KEY]));
  // Interleaved so each marking point gets both single-choice and other types.
  return [...choices.slice(0, 4), ...others.slice(0, 4), ...choices.slice(4), ...others.slice(4)];
}
