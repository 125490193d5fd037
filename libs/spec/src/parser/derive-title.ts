import { ParsedSpec } from './topic-spec';

const MAX_TITLE_CHARS = 80;
// Shorter than this, the first clause is already a title and is kept whole.
const LONG_TITLE_CHARS = 50;
const MIN_TITLE_WORDS = 2;
const FALLBACK_TITLE = 'Untitled specification';

const LEAD_IN = new RegExp(
  '^(?:in\\s+)?this\\s+(?:sub-?topic|topic|unit|module|section|lesson|chapter|course|component)\\s*,?\\s+' +
    '(?:(?:learners|students|candidates|you)\\s+)?(?:(?:will|aims\\s+to|is\\s+designed\\s+to)\\s+)?' +
    '(?:focus(?:es)?\\s+on|covers?|explores?|introduces?|examines?|looks?\\s+at|address(?:es)?|deals?\\s+with|' +
    'considers?|investigates?|outlines?|describes?|explains?|develops?|is\\s+about|concerns?|provides?|sets\\s+out|builds\\s+on|learns?\\s+about)\\s+',
  'i',
);
const AUDIENCE = /^(?:learners|students|candidates)\s+(?:to|with)\s+/i;
const FRAMING = /^(?:an?\s+)?(?:overview|introduction|understanding|knowledge|grounding)\s+(?:of|to|in)\s+/i;
const ARTICLE = /^(?:the|a|an)\s+/i;
const CLAUSE_BOUNDARIES = [
  ' from ',
  ', ',
  '; ',
  ': ',
  ' and its ',
  ' and how ',
  ' to ',
  ' such as ',
  ' that ',
  ' which ',
  ' including ',
  ' (',
  ' – ',
  ' — ',
  ' - ',
  ' while ',
  ' whilst ',
  ' through ',
  ' using ',
  ' and the ',
  ' as a ',
  ' as an ',
];
// "used to", "how to", "able to": the "to" belongs to the clause, so cutting there strands a word.
const KEEPS_ITS_TO = new Set(
  [
    'used how able unable need needs needed required ability designed aims order',
    'due according relating related applied compared response responding access introduction',
  ]
    .join(' ')
    .split(' '),
);
const TRAILING_SMALL_WORDS = new Set(
  'a an and are as at be by for from how in into is its of on or that the their to which with'.split(' '),
);

/**
 * A short title (at most 80 characters, never cut mid-word) from the synopsis: the lead-in
 * ("This subtopic focuses on the") is dropped and a long sentence is cut at its first clause.
 */
export function deriveTitle(spec: ParsedSpec): string {
  const source = spec.synopsis[0]?.text ?? spec.openingLine?.text ?? spec.keyConcepts[0]?.name ?? '';
  let title = firstSentence(source)
    .replace(LEAD_IN, '')
    .replace(AUDIENCE, '')
    .replace(FRAMING, '')
    .replace(ARTICLE, '');
  if (title.length > LONG_TITLE_CHARS) title = cutAtFirstClause(title);
  if (title.length > MAX_TITLE_CHARS) title = title.slice(0, title.lastIndexOf(' ', MAX_TITLE_CHARS));
  title = withoutTrailingSmallWords(title.replace(/[\s.,;:!?–—-]+$/, ''));
  return title === '' ? FALLBACK_TITLE : title.charAt(0).toUpperCase() + title.slice(1);
}

function firstSentence(text: string): string {
  // A full stop ends the sentence unless it closes an abbreviation such as "e.g." or "etc.".
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl))[.!?](?=\s|$)/i.exec(text);
  return (end ? text.slice(0, end.index) : text).trim();
}

function cutAtFirstClause(text: string): string {
  const cuts = CLAUSE_BOUNDARIES.flatMap((boundary) =>
    positionsOf(text, boundary).map((index) => ({ boundary, index })),
  )
    .filter(({ boundary, index }) => {
      const words = text.slice(0, index).trim().split(/\s+/);
      if (words.length < MIN_TITLE_WORDS) return false;
      return boundary !== ' to ' || !KEEPS_ITS_TO.has(words[words.length - 1].toLowerCase());
    })
    .map(({ index }) => index)
    .sort((a, b) => a - b);
  return cuts.length > 0 ? text.slice(0, cuts[0]) : text;
}

function positionsOf(text: string, boundary: string): number[] {
  const positions: number[] = [];
  for (let index = text.indexOf(boundary); index > 0; index = text.indexOf(boundary, index + 1))
    positions.push(index);
  return positions;
}

function withoutTrailingSmallWords(text: string): string {
  const words = text.split(' ');
  while (words.length > MIN_TITLE_WORDS && TRAILING_SMALL_WORDS.has(words[words.length - 1].toLowerCase()))
    words.pop();
  return words.join(' ');
}
