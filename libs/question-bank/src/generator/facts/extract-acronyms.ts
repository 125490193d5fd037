import type { AcronymFact } from './fact-types';
import { linesOf, type SourceLine } from './phrases';

const BRACKETED_ACRONYM = /\(([A-Z][A-Z0-9&]*[A-Z0-9])(s?)\)/g;
// PRINCE2 (PRojects IN Controlled Environments): the expansion in brackets after the acronym.
const ACRONYM_THEN_EXPANSION = /\b([A-Z][A-Z0-9]{2,9})\s*\(([A-Z][^()]{5,80})\)/g;
const ALL_CAPS_WORD = /\b([A-Z]{3,8})\b/g;
// Small words an expansion may contain without a letter of their own ("Hazard Analysis and …").
const SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', '&', 'at', 'a']);

/**
 * Abbreviations with their expansions on one line: "service level agreements (SLAs)" → SLA,
 * "Hazard Analysis and Critical Control Points (HACCP)", "PRINCE2 (PRojects IN Controlled
 * Environments)", and on a key concept line named by an abbreviation ("RIDDOR 2013: The Reporting
 * of Injuries, Diseases and Dangerous Occurrences Regulations 2013 …") the words that spell it.
 */
export function extractAcronyms(source: SourceLine): AcronymFact[] {
  const facts: AcronymFact[] = [];
  const add = (acronym: string, expansion: string | undefined): void => {
    if (!expansion || facts.some((fact) => fact.acronym === acronym)) return;
    facts.push({
      id: `acronym-${source.line}-${facts.length}`,
      kind: 'ACRONYM',
      source: source.source,
      lines: linesOf(source),
      ...(source.concept ? { concept: source.concept } : {}),
      acronym,
      expansion,
    });
  };

  for (const match of source.text.matchAll(BRACKETED_ACRONYM)) {
    const letters = match[1].replace(/[^A-Z]/g, '');
    if (letters.length >= 2)
      add(match[1], expansionBefore(letters, source.text.slice(0, match.index).trimEnd()));
  }
  for (const match of source.text.matchAll(ACRONYM_THEN_EXPANSION)) {
    const letters = match[1].replace(/[^A-Z]/g, '');
    const capitals = match[2].replace(/[^A-Z]/g, '');
    if (capitals === letters || expansionAfter(letters, match[2]) === match[2].trim())
      add(match[1], match[2].trim());
  }
  const named = [...(source.concept ?? '').matchAll(ALL_CAPS_WORD)].map((match) => match[1]);
  for (const acronym of named) add(acronym, expansionAfter(acronym, source.text));
  return facts;
}

// Walks back from the bracket, matching the abbreviation's letters from the last one.
function expansionBefore(letters: string, before: string): string | undefined {
  const words = before.split(/\s+/).slice(-12);
  let letter = letters.length - 1;
  let start = words.length;
  for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
    const word = bare(words[i]);
    const initials = initialsOf(word);
    // A lower-case "and" or "of" inside the expansion gives no letter ("Hazard Analysis and …").
    if (SKIPPABLE.has(word) && letter < letters.length - 1) continue;
    if (initials.length > 0 && letters.slice(letter - initials.length + 1, letter + 1) === initials) {
      letter -= initials.length;
      start = i;
    } else if (!(SKIPPABLE.has(word.toLowerCase()) && letter < letters.length - 1)) {
      return undefined;
    }
  }
  return letter >= 0 ? undefined : tidy(words.slice(start).join(' '));
}

// The first run of words anywhere in the text whose initials spell the abbreviation.
function expansionAfter(letters: string, text: string): string | undefined {
  const words = text.split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    let letter = 0;
    let end = start;
    while (end < words.length && letter < letters.length) {
      const word = bare(words[end]);
      // "Time-bound" gives T in SMART but P, D, C, A in Plan-Do-Check-Act.
      const initials = [initialsOf(word), word.charAt(0)].find((candidate) =>
        letters.startsWith(candidate, letter),
      );
      if (initials && /^[A-Z]/.test(word)) {
        letter += initials.length;
      } else if (!(letter > 0 && SKIPPABLE.has(word.toLowerCase()))) {
        break;
      }
      end++;
    }
    if (letter === letters.length) return tidy(words.slice(start, end).join(' '));
  }
  return undefined;
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

function initialsOf(word: string): string {
  return word
    .split(/[-–]/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

function tidy(expansion: string): string {
  return expansion.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
}
