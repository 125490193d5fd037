import type { PairsFact } from './fact-types';
import { capitalise, cleanItem, conceptPhrase, linesOf, wordCount, type SourceLine } from './phrases';
import { isStopword } from './tokens';

// "mitochondria are the site of aerobic respiration", "price skimming sets a high launch price…",
// "chloroplasts for photosynthesis": a short term, a defining verb, what it does.
const DEFINING =
  /^(?:the\s+|a\s+|an\s+)?([\p{L}][\p{L}\p{N}' -]{1,40}?)\s+(is the site of|are the site of|is|are|means|sets|adds|controls|covers|measures|shows|divides|chooses|protects|spreads|needs|produces|prevents|reduces|for)\s+(.{3,})$/iu;
const MAX_TERM_WORDS = 3;

/**
 * Terms a key concept defines side by side in one sentence ("Penetration pricing sets a low price
 * …, price skimming sets a high launch price …, and cost-plus pricing adds …"). Clauses are split on
 * commas, semicolons, "whereas" and "and"; at least two must define a term, and the definitions
 * must share their verb or the terms their last word, so a plain sentence is not mistaken for one.
 */
export function extractTermPairs(source: SourceLine): PairsFact[] {
  if (!source.concept) return [];
  const facts: PairsFact[] = [];
  for (const sentence of source.text.split(/(?<=[.!?])\s+/)) {
    const pairs = clausesOf(sentence)
      .map((clause) => DEFINING.exec(clause))
      .filter((match): match is RegExpExecArray => match !== null)
      .filter(
        (match) =>
          wordCount(match[1]) <= MAX_TERM_WORDS && match[1].split(/\s+/).every((word) => !isStopword(word)),
      )
      .map((match) => ({
        term: cleanItem(match[1]),
        verb: match[2].toLowerCase(),
        object: objectOf(match[3]),
      }));
    const verbs = new Set(pairs.map((pair) => pair.verb.replace(/^(?:is|are) the site of$/, 'site')));
    const lastWords = new Set(pairs.map((pair) => pair.term.split(' ').pop()?.toLowerCase()));
    const terms = new Set(pairs.map((pair) => pair.term.toLowerCase()));
    if (
      pairs.length < 2 ||
      terms.size !== pairs.length ||
      (verbs.size === pairs.length && lastWords.size === pairs.length)
    )
      continue;
    facts.push({
      id: `pairs-${source.line}-${facts.length}`,
      kind: 'PAIRS',
      source: source.source,
      lines: linesOf(source),
      concept: source.concept,
      head: conceptPhrase(source.concept),
      pairs: pairs.map(({ term, verb, object }) => ({
        term: capitalise(term),
        verb,
        object,
        description: describe(verb, object),
      })),
    });
  }
  return facts;
}

function clausesOf(sentence: string): string[] {
  return sentence
    .replace(/[.!?]$/, '')
    .split(/\s*[;,]\s*(?:and\s+|whereas\s+|while\s+)?|\s+whereas\s+/)
    .flatMap((clause) => {
      // "… aerobic respiration and ribosomes are the site of …": split where a second definition starts.
      const parts = clause.split(/\s+and\s+(?=[\p{L}][\p{L}' -]{1,40}?\s+(?:is|are|sets|adds|controls)\s)/u);
      return parts.map((part) => part.trim()).filter(Boolean);
    });
}

function objectOf(rest: string): string {
  return rest
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+and\s+(?:a|an|the)\s+.*$/i, '')
    .trim();
}

// The answer text in a matching item: "the site of aerobic respiration", "controls the activities…".
function describe(verb: string, object: string): string {
  if (/^(?:is|are) the site of$/.test(verb)) return `the site of ${object}`;
  if (/^(?:is|are|for)$/.test(verb)) return object;
  return `${verb} ${object}`;
}
