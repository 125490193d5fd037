import { htmlToText, textToInlineHtml } from '../utils/html';

// GIFT's special characters; a backslash before one of them (or before itself) makes it literal.
const SPECIAL = /[\\~=#{}:]/g;
const ESCAPABLE = new Set(['\\', ':', '#', '=', '{', '}', '~']);
// Escaped characters stand in the Unicode private use area while the reader looks for GIFT's
// syntax (Moodle's reader does the same with "&&058;" placeholders).
const PLACEHOLDER_BASE = 0xe000;
const NEWLINE_PLACEHOLDER = String.fromCharCode(PLACEHOLDER_BASE + 10);

// Plain text for GIFT: special characters escaped, line breaks as `\n`.
export function escapeGift(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}

// Text for a field GIFT reads as HTML (the exporter marks question text `[html]`).
export function giftHtml(text: string): string {
  return escapeGift(textToInlineHtml(text));
}

// Replaces each escape (`\:`, `\\`, `\n`…) with a placeholder no GIFT syntax matches.
export function protect(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    const next = text[index + 1] ?? '';
    if (character === '\\' && (ESCAPABLE.has(next) || next === 'n')) {
      result +=
        next === 'n' ? NEWLINE_PLACEHOLDER : String.fromCharCode(PLACEHOLDER_BASE + next.charCodeAt(0));
      index++;
    } else {
      result += character;
    }
  }
  return result;
}

// The placeholders of `protect` back as the characters they stand for.
export function unprotect(text: string): string {
  return text.replace(/[\ue000-\ue07f]/g, (placeholder) =>
    String.fromCharCode(placeholder.charCodeAt(0) - PLACEHOLDER_BASE),
  );
}

export type GiftFormat = 'html' | 'moodle' | 'plain' | 'markdown';
const FORMATS: readonly GiftFormat[] = ['html', 'moodle', 'plain', 'markdown'];

// A leading `[html]`, `[moodle]`, `[plain]` or `[markdown]` and the text after it.
export function splitFormat(text: string, fallback: GiftFormat): { format: GiftFormat; text: string } {
  const match = /^\[([a-z]+)\]/.exec(text.trim());
  const format = FORMATS.find((known) => known === match?.[1]);
  return format ? { format, text: text.trim().slice(format.length + 2) } : { format: fallback, text };
}

// What a reader sees of protected GIFT text in `format`: HTML turned to text; the other formats
// are kept as written, since "a < b" in Moodle's auto-format is prose, not a tag.
export function readableGift(text: string, format: GiftFormat): string {
  const plain = unprotect(text).trim();
  return format === 'html' ? htmlToText(plain) : plain;
}
