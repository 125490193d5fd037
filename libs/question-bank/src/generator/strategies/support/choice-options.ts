import type { ChoiceOption, SeededRandom } from '@markpoint/grading';
import type { Fact } from '../../facts/fact-types';
import { sharesStem } from '../../facts/tokens';
import { normalise } from '../../packs/pack-index';
import { overlap } from '../../../quality/writing/text-patterns';

/** A possible option: its text, why it is right or wrong, and the spec facts it was taken from. */
export interface Candidate {
  text: string;
  why: string;
  facts?: readonly Fact[];
  /** From the same topic as the key (a sibling list, a curated contrast): preferred as a distractor. */
  near?: boolean;
}

const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/**
 * Up to `count` distractors from `pool`: never the key, never a repeat, never one sharing a
 * meaningful word with any text in `avoid` ("Say thanks" is not a distractor for "Thank"). When the
 * key would be the longest option and a longer candidate exists, one is swapped in, so the key is
 * not given away by its length.
 */
export function pickDistractors(
  random: SeededRandom,
  keys: readonly string[],
  pool: readonly Candidate[],
  count: number,
  avoid: readonly string[] = [],
): Candidate[] {
  const seen = new Set(keys.map(normalise));
  const usable: Candidate[] = [];
  for (const candidate of pool) {
    const key = normalise(candidate.text);
    if (key === '' || seen.has(key) || avoid.some((text) => tooClose(text, candidate.text))) continue;
    seen.add(key);
    usable.push(candidate);
  }
  // Distractors from the key's own topic first: "PRINCE2 processes" for "PRINCE2 principles".
  const near = usable.filter((candidate) => candidate.near);
  const far = usable.filter((candidate) => !candidate.near);
  const chosen = [...random.shuffle(near), ...random.shuffle(far)].slice(0, count);
  const longestKey = Math.max(...keys.map((key) => key.length));
  if (chosen.length > 0 && chosen.every((candidate) => candidate.text.length <= longestKey)) {
    const longer = usable.filter(
      (candidate) => candidate.text.length > longestKey && !chosen.includes(candidate),
    );
    if (longer.length > 0) chosen[chosen.length - 1] = random.pick(longer);
  }
  return chosen;
}

// "Say thanks" is too close to "Thank"; "Controlling a stage" is not too close to "Manage by stages".
function tooClose(a: string, b: string): boolean {
  return sharesStem(a, b) && overlap(a, b) > 0.5;
}

/** Shuffled options with ids a, b, c… in display order, and the ids of the correct ones. */
export function shuffleOptions(
  random: SeededRandom,
  correct: readonly Candidate[],
  wrong: readonly Candidate[],
): { options: ChoiceOption[]; correctIds: string[] } {
  const all = random.shuffle([
    ...correct.map((c) => ({ ...c, correct: true })),
    ...wrong.map((c) => ({ ...c, correct: false })),
  ]);
  const options = all.map((candidate, index) => ({
    id: OPTION_IDS[index],
    text: candidate.text,
    feedback: candidate.why,
  }));
  const correctIds = all.flatMap((candidate, index) => (candidate.correct ? [OPTION_IDS[index]] : []));
  return { options, correctIds };
}

/** The same options with the key moved to `position` and ids relabelled a, b, c… in order. */
export function moveKey(
  options: readonly ChoiceOption[],
  keyId: string,
  position: number,
): { options: ChoiceOption[]; keyId: string } {
  const key = options.find((option) => option.id === keyId);
  if (!key) return { options: [...options], keyId };
  const others = options.filter((option) => option.id !== keyId);
  const target = Math.max(0, Math.min(position, others.length));
  const ordered = [...others.slice(0, target), key, ...others.slice(target)];
  return {
    options: ordered.map((option, index) => ({ ...option, id: OPTION_IDS[index] })),
    keyId: OPTION_IDS[target],
  };
}
