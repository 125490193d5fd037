import type { Benchmark } from './fact-types';

// "1.5", "5%", and "2:1" (a ratio to one, read as 2).
const NUMBER = String.raw`(\d+(?:\.\d+)?)(?::1\b)?\s*(%)?`;
const HEDGE = String.raw`(?:usually|generally|normally|often|typically|widely|commonly)\s+`;
const JUDGED = String.raw`(?:considered|regarded as|seen as|thought of as|taken as|taken to be|classed as|classified as|described as)`;
const VERB = String.raw`(?:(?:is|are)\s+(?:${HEDGE})?${JUDGED}|indicates?|suggests?|means?|shows?|signals?|signifies|points to)`;
const ABOVE = 'above|over|greater than|more than|higher than|exceeding';
const BELOW = 'below|under|less than|lower than';
// What a value on the stated side means, up to the end of the clause.
const MEANING = String.raw`([a-z][a-z' -]{1,60}?)(?=\s*(?:$|[,;.(]|\s(?:and|but|while|whereas|although|because)\b))`;

const BETWEEN = new RegExp(
  String.raw`((?:[A-Za-z-]+\s+){0,4}?)(?:of\s+)?between\s+${NUMBER}\s+and\s+${NUMBER}\s+(?:${VERB}|(?:is|are)\s+(?:${HEDGE})?)\s*${MEANING}`,
  'gi',
);
const ONE_SIDE = new RegExp(
  String.raw`((?:[A-Za-z-]+\s+){0,4}?)(?:of\s+)?(${ABOVE}|${BELOW})\s+${NUMBER}\s+${VERB}\s+${MEANING}`,
  'gi',
);
// "(ideal 1.5–2:1)", "a healthy range of 1.5 to 2": a range named by what it is.
const NAMED_RANGE = new RegExp(
  String.raw`((?:[A-Za-z-]+\s+){0,3}?)\b(ideal|ideally|healthy|acceptable|recommended|target)(?:\s+(?:range|level|value))?(?:\s+(?:is|of))?:?\s+(?:between\s+)?${NUMBER}\s*(?:–|-|to|and)\s*${NUMBER}`,
  'gi',
);
const TARGET = new RegExp(
  String.raw`((?:[A-Za-z-]+\s+){0,4}?)should\s+(?:be|stay|remain|be kept)\s+(${ABOVE}|${BELOW})\s+${NUMBER}(?=\s*(?:$|[,;.]|\s))`,
  'gi',
);

/**
 * Thresholds stated on a line, with the words before them (the subject they judge): "a ratio
 * between 1.5 and 2 is usually considered healthy", "above 30 indicates obesity", "staff turnover
 * should be below 5%". Only these shapes: a number that is not compared with a stated meaning or
 * target is not a benchmark.
 */
export function extractBenchmarks(text: string): { subject: string; benchmark: Benchmark; index: number }[] {
  const found: { subject: string; benchmark: Benchmark; index: number }[] = [];
  for (const match of text.matchAll(BETWEEN)) {
    const [low, high] = [Number(match[2]), Number(match[4])].sort((a, b) => a - b);
    if (low === high) continue;
    found.push({
      index: match.index,
      subject: match[1].trim(),
      benchmark: {
        comparison: 'BETWEEN',
        values: [low, high],
        ...unitOf(match[3], match[5]),
        meaning: meaningOf(match[0], match[6]),
        text: match[0].trim(),
      },
    });
  }
  for (const match of text.matchAll(ONE_SIDE)) {
    found.push({
      index: match.index,
      subject: match[1].trim(),
      benchmark: {
        comparison: new RegExp(`^(?:${ABOVE})$`, 'i').test(match[2]) ? 'ABOVE' : 'BELOW',
        values: [Number(match[3])],
        ...unitOf(match[4]),
        meaning: meaningOf(match[0], match[5]),
        text: match[0].trim(),
      },
    });
  }
  for (const match of text.matchAll(NAMED_RANGE)) {
    const [low, high] = [Number(match[3]), Number(match[5])].sort((a, b) => a - b);
    if (low === high || found.some((other) => other.benchmark.values.join() === `${low},${high}`)) continue;
    const named = match[2].toLowerCase();
    found.push({
      index: match.index,
      subject: match[1].trim(),
      benchmark: {
        comparison: 'BETWEEN',
        values: [low, high],
        ...unitOf(match[4], match[6]),
        meaning: named === 'target' ? 'on target' : named === 'ideally' ? 'ideal' : named,
        text: match[0].trim(),
      },
    });
  }
  for (const match of text.matchAll(TARGET)) {
    found.push({
      index: match.index,
      subject: match[1].trim(),
      benchmark: {
        comparison: new RegExp(`^(?:${ABOVE})$`, 'i').test(match[2]) ? 'ABOVE' : 'BELOW',
        values: [Number(match[3])],
        ...unitOf(match[4]),
        meaning: 'meets the target',
        text: match[0].trim(),
      },
    });
  }
  // "…, and a BMI above 30 indicates obesity": the conjunction joins clauses, it is not the subject.
  const joiner = /^(?:and|but|or|while|whereas|so|because)\s+/i;
  return found.map(({ subject, benchmark, index }) => ({
    index,
    subject: subject.replace(joiner, ''),
    benchmark: { ...benchmark, text: benchmark.text.replace(joiner, '') },
  }));
}

function unitOf(...marks: (string | undefined)[]): { unit?: string } {
  return marks.some((mark) => mark === '%') ? { unit: '%' } : {};
}

// "is usually considered healthy" → "usually considered healthy"; "indicates obesity" as it is.
function meaningOf(whole: string, complement: string): string {
  const verb = new RegExp(`${VERB}\\s*${complement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').exec(whole);
  const phrase = (verb ? verb[0] : complement).replace(/^(?:is|are)\s+/i, '').trim();
  return phrase.length > 0 ? phrase : complement.trim();
}
