import { contentStems } from '../../generator/facts/tokens';

/** Exam technique and revision advice: what a learner should do in an exam, not what they should know. */
export const EXAM_ADVICE =
  /\b(?:in (?:the|an|your) exam(?:ination)?|exam(?:ination)? (?:questions?|answers?|technique)|examiners?|command words?|show (?:all )?(?:your )?working|gain (?:the )?marks|earn (?:the )?marks|lose marks|marks for|revision|revise|when answering|in your answers?|answer the question)\b/i;
export const ADVICE_OPENER =
  /^(?:you should|always|never|remember to|make sure|be sure to|try to|when answering|structure your|use real-world examples)\b/i;

/** The examiner's voice: instructions to markers, not questions to learners. */
export const ASSESSOR_WORDING =
  /\b(?:award(?:s|ed)? (?:credit|marks?)|credit (?:for|given|is given)|evidence must|assessors? (?:must|should|will|looks?|check)|marking (?:rewards|points?)|marks should|examiners? (?:look|expect|reward)|the candidate|candidates? (?:must|should))\b/i;

/** Stock phrases that give the key away (ITEM-QUALITY.md's cue words). */
export const CUE_PHRASES =
  /\b(?:is correct practice|is good practice|is bad practice|is best practice|is poor practice|can safely be (?:overlooked|ignored)|must not be overlooked|should not be overlooked|it is (?:important|vital|essential|crucial|acceptable|fine|ok|okay|unnecessary|not necessary|not important) (?:to|that)|there is no need to|is not necessary|is unnecessary|does not matter|is irrelevant|is unimportant|can be ignored)\b/i;

/** Absolute terms: in a distractor or a statement to judge they signal the answer. */
export const ABSOLUTE_TERMS =
  /\b(?:always|never|only|all|none|every|completely|entirely|guaranteed|impossible)\b/i;

/** Statements of what one ought to do: platitudes when they carry no specific fact. */
export const NORMATIVE =
  /\b(?:should|must|ought to|needs? to|it is (?:important|vital|essential|necessary|acceptable|advisable|good|best) to|there is no need)\b/i;

/** Something specific a statement can be checked against: a number, a named thing, a quoted term. */
export function hasSpecifics(text: string): boolean {
  if (/\d/.test(text) || /[‘'"“][^‘'"“”’]{2,}[’'"”]/.test(text)) return true;
  // A capitalised word that does not start the sentence: a named act, model, organ or place.
  return /\s[A-Z][a-zA-Z]{2,}/.test(text.trim().replace(/^\S+/, ''));
}

// Bank checks compare every new candidate with every accepted item: keep each text's stems.
const STEM_CACHE = new Map<string, Set<string>>();
const STEM_CACHE_SIZE = 10_000;

function stemsOf(text: string): Set<string> {
  let stems = STEM_CACHE.get(text);
  if (!stems) {
    if (STEM_CACHE.size >= STEM_CACHE_SIZE) STEM_CACHE.clear();
    stems = new Set(contentStems(text));
    STEM_CACHE.set(text, stems);
  }
  return stems;
}

/** Share of the smaller set of content stems found in the other text (0 when either is empty). */
export function overlap(a: string, b: string): number {
  const left = stemsOf(a);
  const right = stemsOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Jaccard similarity of the two texts' content stems. */
export function similarity(a: string, b: string): number {
  const left = stemsOf(a);
  const right = stemsOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The content stems two texts share. */
export function sharedStems(a: string, b: string): string[] {
  const right = new Set(contentStems(b));
  return contentStems(a).filter((stem) => right.has(stem));
}

/** The longest run of consecutive words two texts share (case and punctuation ignored). */
export function longestSharedRun(a: string, b: string): number {
  const left = a.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const right = b.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  let best = 0;
  const previous = new Array<number>(right.length + 1).fill(0);
  for (let i = 1; i <= left.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= right.length; j++) {
      const kept = previous[j];
      previous[j] = left[i - 1] === right[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j]);
      diagonal = kept;
    }
  }
  return best;
}
