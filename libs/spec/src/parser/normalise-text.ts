import { createHash } from 'node:crypto';

/** Splits text on CRLF, lone CR or LF. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Trims, collapses internal whitespace and drops a bullet marker left dangling at the end. */
export function normaliseInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+[-*•–—]$/, '')
    .trim();
}

/**
 * The text the content hash is taken over: no BOM, LF line endings, no trailing spaces on a
 * line and no trailing blank lines, so re-saving a file in another editor keeps its hash.
 */
export function normaliseDocument(text: string): string {
  const lines = splitLines(text.replace(/^\uFEFF/, '')).map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(normaliseDocument(text), 'utf8').digest('hex');
}
