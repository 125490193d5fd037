import type { FactSource } from './fact-types';
import { isStopword } from './tokens';

/** A spec line as the extractors see it: text, the lines it spans and where it sits. */
export interface SourceLine {
  text: string;
  line: number;
  endLine: number;
  source: FactSource;
  /** The key concept the line belongs to, when it is a key concept bullet. */
  concept?: string;
}

export function linesOf(source: Pick<SourceLine, 'line' | 'endLine'>): number[] {
  const lines: number[] = [];
  for (let line = source.line; line <= Math.max(source.line, source.endLine); line++) lines.push(line);
  return lines;
}

// Words that qualify a heading without naming its category ("key legislation" is legislation).
const VAGUE = new Set(
  (
    'key specific relevant diverse various different common appropriate important main several many major typical ' +
    'suitable realistic real clear further additional other extra original ' +
    'two three four five six seven eight nine ten twelve fourteen'
  ).split(' '),
);
// Verbs that end a heading when walking back from a list ("…to recognise common threats such as").
const HEAD_STOP_VERBS = new Set(
  (
    'recognise recognize reference identify name list state describe explain use apply understand know learn give show ' +
    'select choose consider compare evaluate analyse recommend propose cover covers explore explores introduce introduces ' +
    'provide provides include includes involve involves require requires make makes take takes add adds find'
  ).split(' '),
);
// Words in -ing that are nouns in a heading ("operating expenses", "marketing mix").
const ING_NOUNS =
  /^(?:operating|marketing|pricing|budgeting|training|learning|processing|accounting|banking|manufacturing|funding|planning|testing|monitoring|recording|engineering|packaging|shopping|housing|building|clothing|catering|cleaning|cooking|chilling|computing|networking|nursing|printing|trading|selling)$/i;
// Plural nouns after which "of"/"to" still belong to the heading: "stages of mitosis".
const HEAD_CONNECTOR_NOUNS =
  /^(?:stages|steps|phases|types|kinds|parts|elements|principles|sources|methods|forms|levels|goals|hierarchy|bases)$/i;

/**
 * The items of a bracketed or colon list, which the bracket or the sentence bounds:
 * "Listen, Apologise, Thank" → three items. A final "and"/"or" splits the last part only when the
 * items are short words ("Relevant and Time-bound"), never inside a step such as "Establish
 * documentation and record keeping".
 */
export function splitBoundedList(text: string): string[] {
  const parts = commaParts(text);
  const short = parts.slice(0, -1).every((part) => wordCount(part) <= 3);
  const items = parts.flatMap((part, index) => {
    const isLast = index === parts.length - 1;
    const pieces = part.split(/\s+(?:and|or|&)\s+/i);
    return isLast && (short || parts.length === 1) && pieces.every((piece) => wordCount(piece) <= 3)
      ? pieces
      : [part];
  });
  return items.map(cleanItem).filter((item) => item.length > 0);
}

/**
 * The items of a list that runs into its sentence ("such as surveys, CRM systems, or mystery
 * shopping."). The list ends at the first item joined by "and"/"or" (split in two), at an item
 * longer than `maxWords`, or at words that continue the sentence ("… to identify areas").
 */
export function splitOpenList(text: string, maxWords = 5): string[] {
  const items: string[] = [];
  for (const part of commaParts(text)) {
    const pieces = part.split(/\s+(?:and|or|&)\s+/i);
    const last = pieces.length > 1;
    for (const raw of pieces) {
      const cut = raw.replace(
        /\s+(?:to|when|that|which|who|for|so that|because|within|into|in order)\s+.*$/i,
        '',
      );
      const item = cleanItem(cut);
      const clause = /\b(?:was|were|is|are|be|been|not|can|will|must|should)\b/i.test(item);
      if (
        item.length === 0 ||
        clause ||
        wordCount(item) > maxWords ||
        /^(?:to|\w+ing\s+(?:them|it|these|this))\b/i.test(item)
      ) {
        return items;
      }
      items.push(item);
      if (cut !== raw) return items;
    }
    if (last) return items;
  }
  return items;
}

function commaParts(text: string): string[] {
  return text
    .replace(/\b(?:e\.g\.|i\.e\.|eg\b|ie\b|for example|such as),?\s*/gi, '')
    .replace(/,?\s*etc\.?$/i, '')
    .split(/\s*[,;]\s*/)
    .map((part) => part.trim().replace(/^(?:and|or|&)\s+/i, ''))
    .filter((part) => part.length > 0);
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export function cleanItem(item: string): string {
  return item
    .trim()
    .replace(/(^|\s)['‘"“]|['’"”](?=\s|$)/g, '$1')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[.:;,]+$/, '')
    .trim();
}

/**
 * The noun phrase just before a list: "…reference specific data collection methods" → "data
 * collection methods", "…naming the stages of mitosis" → "stages of mitosis". At most three words
 * (plus "of"/"to" after nouns such as "stages"), stopping at a stopword or a verb in -ing;
 * leading vague words ("key", "diverse", "three") are dropped.
 */
export function headBefore(text: string): string {
  const tokens = text
    .trim()
    .replace(/[,:;]$/, '')
    .split(/\s+/);
  const head: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && head.length < 5; i--) {
    const word = tokens[i].replace(/[^\p{L}\p{N}'’-]/gu, '');
    const previous = tokens[i - 1]?.replace(/[^\p{L}]/gu, '') ?? '';
    const connects = /^(?:of|to)$/i.test(word) && head.length > 0 && HEAD_CONNECTOR_NOUNS.test(previous);
    const isVerb = HEAD_STOP_VERBS.has(word.toLowerCase()) || (/ing$/i.test(word) && !ING_NOUNS.test(word));
    if (!connects && (word.length === 0 || isStopword(word) || isVerb || /[.;:!?,]$/.test(tokens[i]))) break;
    if (!connects && head.filter((w) => !/^(?:of|to)$/i.test(w)).length >= 3) break;
    head.unshift(word);
  }
  while (head.length > 0 && (VAGUE.has(head[0].toLowerCase()) || /^\d+$/.test(head[0]))) head.shift();
  return head.join(' ');
}

/** A heading too thin to name a list on its own ("stages", "elements"): one word. */
export function isWeakHead(head: string): boolean {
  return wordCount(head) <= 1;
}

/** A concept name as a running noun phrase: "The 4 Cs of food hygiene" → "4 Cs of food hygiene". */
export function conceptPhrase(name: string): string {
  return name.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** The first letter of an item, upper-cased: "Say thanks" → "S". */
export function initialOf(item: string): string {
  return item.trim().charAt(0).toUpperCase();
}

/** Whether the items spell the acronym ("LATER" = Listen, Apologise, Thank, Explain, Resolve). */
export function spellsAcronym(acronym: string, items: readonly string[]): boolean {
  const compact = acronym.replace(/\s+/g, '');
  const counted = /^(\d+)([A-Z])s?$/.exec(compact);
  if (counted) {
    return items.length === Number(counted[1]) && items.every((item) => initialOf(item) === counted[2]);
  }
  const letters = compact.replace(/s$/, '').replace(/[^A-Z]/g, '');
  return letters.length > 1 && items.map(initialOf).join('') === letters;
}

/** The acronyms in a name: "CIA triad" → ["CIA"], "The 4 Cs of food hygiene" → ["4 Cs"]. */
export function acronymsIn(name: string): string[] {
  return [...name.matchAll(/\b(\d+\s?[A-Z]s?|[A-Z][A-Z0-9]{1,7}s?)\b/g)].map((match) => match[1]);
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter unless the first word is an acronym ("LATER", "PRINCE2"), has inner
 * capitals ("eBay"), or the phrase is a title ("Computer Misuse Act", "Customer Service Excellence").
 */
export function decapitalise(text: string): string {
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /[A-Z].*[A-Z]/.test(first)) return text;
  if (words.slice(1, 4).some((word) => /^[A-Z][a-z]/.test(word))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function withoutFullStop(text: string): string {
  return text.trim().replace(/[.;:,\s]+$/, '');
}

export function asSentence(text: string): string {
  return `${capitalise(withoutFullStop(text))}.`;
}
