import type { ConceptFact } from '../../facts/fact-types';
import { withoutFullStop } from '../../facts/phrases';
import { contentStems } from '../../facts/tokens';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import { allOf } from '../support/material';
import { quoted } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

const MAX_DEFINITION_WORDS = 28;
const MIN_PHRASE_WORDS = 6;

/** A concept's definition cut to its first clause: what a matching prompt or a stem can quote. */
export function shortDefinition(concept: ConceptFact): string {
  let first = withoutFullStop(concept.definition).split(
    /;\s|:\s|,\s+(?:including|with|so that|such as|whereas)\b/,
  )[0];
  // A list in brackets after a full phrase only lengthens the stem: "…applied in order (Conduct …)".
  const bracket = first.indexOf(' (');
  if (bracket > 0 && first.slice(0, bracket).split(/\s+/).length >= MIN_PHRASE_WORDS)
    first = first.slice(0, bracket);
  const words = first.split(/\s+/);
  return words.length <= MAX_DEFINITION_WORDS ? first : `${words.slice(0, MAX_DEFINITION_WORDS).join(' ')}…`;
}

/** Whether the definition gives its own name away ("Magnification: Magnification = …"). */
export function namesItself(concept: ConceptFact): boolean {
  const definition = new Set(contentStems(shortDefinition(concept)));
  const name = contentStems(concept.name);
  return name.filter((stem) => definition.has(stem)).length * 2 >= name.length;
}

/** "Which key concept is described as ‘…’?" with the spec's other key concepts as distractors. */
export function conceptQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  const all = allOf(ctx.base, 'CONCEPT');
  return ctx.material.concepts
    .filter((concept) => !namesItself(concept))
    .slice(0, 2)
    .map((concept) => ({
      family: 'concept-definition',
      stem: `Which key concept is described as ${quoted(shortDefinition(concept))}?`,
      keys: [{ text: concept.name, why: `${concept.name}: ${concept.definition}` }],
      pool: all
        .filter((other) => other !== concept)
        .map((other) => ({ text: other.name, why: `${other.name}: ${shortDefinition(other)}.` })),
      level: 'RECALL' as const,
      facts: [concept],
      feedback: {
        correct: `${concept.name}: ${concept.definition}`,
        incorrect: `Revisit the key concepts in ${linesLabel([concept])}.`,
      },
    }));
}
