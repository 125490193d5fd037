import { createHash } from 'node:crypto';

/**
 * A stable key for a marking point: `mp-` and the first 10 hex digits of the SHA-256 of its text,
 * lowercased, with whitespace collapsed and trailing punctuation dropped. Re-ingesting a
 * specification, or changing only spacing, case or the final full stop, keeps the key.
 */
export function markingPointKey(text: string): string {
  const normalised = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
  return `mp-${createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 10)}`;
}
