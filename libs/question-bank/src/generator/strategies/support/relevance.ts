import type { Fact } from '../../facts/fact-types';
import type { StrategyContext } from '../item-strategy';

// Pack material that a marking point names outright ranks with facts that clearly relate to it.
const PACK_ONLY_SCORE = 5;

/** How strongly the facts behind a question relate to the marking point: its best fact's score. */
export function relevanceOf(ctx: StrategyContext, facts: readonly Fact[]): number {
  if (facts.length === 0) return PACK_ONLY_SCORE;
  const scores = facts.map(
    (fact) => ctx.material.markingPoint.related.find((related) => related.fact === fact)?.score ?? 0,
  );
  return Math.max(...scores);
}

/** Questions ordered by relevance, best first; the sort is stable, so equals keep their order. */
export function sortByRelevance<Q extends { facts: readonly Fact[] }>(
  ctx: StrategyContext,
  questions: readonly Q[],
): Q[] {
  return questions
    .map((question, index) => ({ question, index, score: relevanceOf(ctx, question.facts) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ question }) => question);
}
