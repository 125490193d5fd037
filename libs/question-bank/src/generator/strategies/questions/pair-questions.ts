import type { PairsFact } from '../../facts/fact-types';
import { decapitalise } from '../../facts/phrases';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import { isPluralPhrase, singularPhrase } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

type Pair = PairsFact['pairs'][number];

/** The pair's verb as it follows "Which <thing>": "are the site of" → "is the site of". */
export function singularPredicate(pair: Pair): string {
  const verb = pair.verb
    .replace(/^are\b/, 'is')
    .replace(/^for$/, 'is used for')
    .replace(
      /^(covers|controls|sets|adds|measures|shows|divides|chooses|protects|spreads|needs|produces|prevents|reduces|means)$/,
      '$1',
    );
  return `${verb} ${pair.object}`;
}

/** The pair as a sentence: "Mitochondria are the site of aerobic respiration." */
export function pairStatement(pair: Pair): string {
  const verb = pair.verb === 'for' ? (isPluralPhrase(pair.term) ? 'are used for' : 'is used for') : pair.verb;
  return `${pair.term} ${verb} ${pair.object}.`;
}

/** "Which cell organelle is the site of aerobic respiration?" — the other terms are the distractors. */
export function pairQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  return ctx.material.pairs
    .filter((fact) => fact.pairs.length >= 3)
    .flatMap((fact) => {
      const thing = singularPhrase(decapitalise(fact.head));
      return ctx.random
        .shuffle(fact.pairs)
        .slice(0, 2)
        .map((pair) => ({
          family: 'pair-description',
          stem: `Which ${thing} ${singularPredicate(pair)}?`,
          keys: [{ text: pair.term, why: pairStatement(pair) }],
          pool: fact.pairs
            .filter((other) => other !== pair)
            .map((other) => ({ text: other.term, why: pairStatement(other) })),
          level: 'RECALL' as const,
          facts: [fact],
          feedback: {
            correct: pairStatement(pair),
            incorrect: `Revisit ${linesLabel([fact])}: ${pairStatement(pair)}`,
          },
        }));
    });
}
