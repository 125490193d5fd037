import { SpecSectionKind } from './topic-spec';
import { isBullet, isRule } from './bullets';

export type KnownSectionKind = Exclude<SpecSectionKind, 'OTHER'>;

/** The heading each known section has in the reference format; used in messages and warnings. */
export const CANONICAL_HEADINGS: Readonly<Record<SpecSectionKind, string>> = {
  SYNOPSIS: 'Topic Synopsis',
  KEY_CONCEPTS: 'Key Concepts & Core Principles',
  EXAM_TIPS: 'Exam Tips & Revision Strategies',
  MISCONCEPTIONS: 'Common Misconceptions & Mistakes to Avoid',
  MARKING_POINTS: 'Examiner Marking Points',
  OTHER: 'Other',
};

// Checked in this order: "Examiner Marking Points" must not be read as an exam tip.
const KEYWORDS: ReadonlyArray<[KnownSectionKind, readonly string[]]> = [
  ['MARKING_POINTS', ['marking point', 'mark scheme', 'marking scheme', 'marking criteria']],
  ['MISCONCEPTIONS', ['misconception', 'mistake', 'common error', 'pitfall']],
  ['EXAM_TIPS', ['exam tip', 'examination tip', 'exam technique', 'revision']],
  ['KEY_CONCEPTS', ['key concept', 'core principle', 'key principle', 'key idea']],
  ['SYNOPSIS', ['synopsis', 'overview', 'topic summary']],
];

const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 10;
// A line that opens like a sentence is the synopsis or a wrapped bullet, whatever words it holds.
const SENTENCE_OPENER = /^(?:this|these|it|in this|learners|students|candidates)\b/i;

export interface HeadingCandidate {
  /** The heading without decoration (`##`, `**`, trailing colon). */
  text: string;
  /** The known section it names, or undefined for an unknown heading. */
  kind: KnownSectionKind | undefined;
  /** Written with an explicit heading mark (`#`, bold, a trailing colon, all capitals). */
  marked: boolean;
  /** Its normalised words equal a known heading exactly (e.g. "exam tips"). */
  exact: boolean;
}

/**
 * Reads a line as a heading when it has a heading's shape: not a bullet, short, no closing full
 * stop, starting with a capital (or marked with `#`, bold or a colon). Whether an unknown heading
 * really opens a section depends on the lines around it, which the caller checks.
 */
export function readHeading(line: string): HeadingCandidate | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || isBullet(trimmed) || isRule(trimmed)) return undefined;
  const hashes = /^#{1,6}\s*/.exec(trimmed);
  let text = trimmed.slice(hashes ? hashes[0].length : 0).replace(/\s*#+$/, '');
  const bold = /^(\*\*|__)(.+)\1$/.exec(text);
  if (bold) text = bold[2];
  const colon = /\s*[:：]$/.test(text);
  text = text
    .replace(/\s*[:：]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.length > MAX_HEADING_CHARS || text.split(' ').length > MAX_HEADING_WORDS)
    return undefined;
  if (/[.,;!?]$/.test(text) || SENTENCE_OPENER.test(text)) return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const allCaps =
    letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const marked = Boolean(hashes) || Boolean(bold) || colon || allCaps;
  const startsWithCapital = /^[^\p{L}]*\p{Lu}/u.test(text);
  const words = headingWords(text);
  const exact = EXACT_HEADINGS.has(words);
  if (!marked && !startsWithCapital && !exact) return undefined;
  return { text, kind: sectionKindOf(words), marked, exact };
}

/** The known section a heading names, matched on keywords of its normalised words. */
export function sectionKindOf(heading: string): KnownSectionKind | undefined {
  const words = ` ${headingWords(heading)} `;
  for (const [kind, keywords] of KEYWORDS) {
    if (keywords.some((keyword) => words.includes(` ${keyword}`))) return kind;
  }
  return undefined;
}

// Lowercase words only: "Key Concepts & Core Principles:" → "key concepts and core principles".
function headingWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const EXACT_HEADINGS = new Set(
  [
    ...Object.values(CANONICAL_HEADINGS),
    'Synopsis',
    'Overview',
    'Key Concepts',
    'Core Principles',
    'Exam Tips',
    'Revision Strategies',
    'Common Misconceptions',
    'Misconceptions',
    'Common Mistakes',
    'Marking Points',
  ].map(headingWords),
);
