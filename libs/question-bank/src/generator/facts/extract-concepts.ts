import type { ConceptFact } from './fact-types';
import { asSentence, linesOf, withoutFullStop, type SourceLine } from './phrases';

/** A key concept's name and definition, from the parsed `Name: description` bullet. */
export function extractConcept(source: SourceLine & { name: string; description: string }): ConceptFact {
  return {
    id: `concept-${source.line}-0`,
    kind: 'CONCEPT',
    source: source.source,
    lines: linesOf(source),
    concept: source.name,
    name: withoutFullStop(source.name),
    definition: asSentence(source.description),
  };
}
