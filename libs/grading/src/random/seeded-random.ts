import { createHash } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * The first four bytes (big-endian) of the string's SHA-256: the 32-bit seed behind `createRandom`.
 * Changing this, or the generator, changes every stored attempt's option order and parameters.
 */
export function seedFromString(seed: string): number {
  return createHash('sha256').update(seed, 'utf8').digest().readUInt32BE(0);
}

/** A deterministic stream of choices for one string seed (xoroshiro128+ from pure-rand). */
export class SeededRandom {
  private readonly generator: Generator;

  constructor(seed: string) {
    this.generator = xoroshiro128plus(seedFromString(seed));
  }

  /** A uniformly drawn integer between `min` and `max`, both included. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(min, max) needs safe integers with min ≤ max (got ${min}, ${max})`);
    }
    return uniformInt(this.generator, min, max);
  }

  /** One element, uniformly; throws on an empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one element');
    return items[this.int(0, items.length - 1)];
  }

  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

export function createRandom(seed: string): SeededRandom {
  return new SeededRandom(seed);
}
