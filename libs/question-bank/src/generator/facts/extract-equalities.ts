import type { EqualityFact } from './fact-types';
import { linesOf, type SourceLine } from './phrases';

// "1 mm = 1000 µm", "0.25 mm = 250 µm": a number and a unit on each side, the units different.
const EQUALITY =
  /(?<![\w.])(\d+(?:\.\d+)?)\s?([a-zA-Zµμ]{1,4})\s*=\s*(\d+(?:[.,]\d+)*)\s?([a-zA-Zµμ]{1,4})\b/gu;

/** Unit equivalences stated on one line, e.g. the conversions a science spec expects learners to know. */
export function extractEqualities(source: SourceLine): EqualityFact[] {
  const facts: EqualityFact[] = [];
  for (const match of source.text.matchAll(EQUALITY)) {
    const left = { value: Number(match[1]), unit: match[2].replace('μ', 'µ') };
    const right = { value: Number(match[3].replace(/,/g, '')), unit: match[4].replace('μ', 'µ') };
    if (left.unit === right.unit || !Number.isFinite(left.value) || !Number.isFinite(right.value)) continue;
    facts.push({
      id: `equality-${source.line}-${facts.length}`,
      kind: 'EQUALITY',
      source: source.source,
      lines: linesOf(source),
      ...(source.concept ? { concept: source.concept } : {}),
      left,
      right,
    });
  }
  return facts;
}
