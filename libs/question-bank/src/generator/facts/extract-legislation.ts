import type { LegislationFact } from './fact-types';
import { linesOf, type SourceLine } from './phrases';

// A title is capitalised words (with the small words titles use) ending in Act, Regulations…,
// then a year; "Health and Safety at Work etc. Act 1974" and "Data Protection Act 2018" both fit.
const TITLE_WORD = "(?:[A-Z][\\p{L}'’()-]*,?|and|of|at|for|the|on|in|to|etc\\.|&)";
const LEGISLATION = new RegExp(
  `((?:[A-Z][\\p{L}'’-]*\\s+)(?:${TITLE_WORD}\\s+){0,8}?(?:Act|Regulations?|Directive|Order|Code))(?:\\s+\\(([A-Z]{2,}[A-Za-z]*)\\))?\\s+((?:19|20)\\d{2})\\b`,
  'gu',
);
// Sentence words that can precede a title with a capital letter ("Under the…", "Applying the…").
const LEADING_NOISE =
  /^(?:(?:[A-Z][a-z]+ing\s+the|Under|Knowledge|See|The|Both|Such|As|Per|With|By)\s+(?:(?:of|the|as|such)\s+)*)+/;

/** Acts and regulations with a year: "Consumer Rights Act 2015" → name and year, on one line. */
export function extractLegislation(source: SourceLine): LegislationFact[] {
  const facts: LegislationFact[] = [];
  for (const match of source.text.matchAll(LEGISLATION)) {
    const name = match[1].replace(LEADING_NOISE, '').replace(/\s+/g, ' ').trim();
    const year = Number(match[3]);
    if (name.split(' ').length < 2) continue;
    const title = `${name} ${year}`;
    if (facts.some((fact) => fact.title === title)) continue;
    facts.push({
      id: `legislation-${source.line}-${facts.length}`,
      kind: 'LEGISLATION',
      source: source.source,
      lines: linesOf(source),
      ...(source.concept ? { concept: source.concept } : {}),
      name,
      year,
      title,
    });
  }
  return facts;
}
