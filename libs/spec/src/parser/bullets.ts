// Each pattern matches a bullet marker and the space after it. `*` and `+` need a space so that
// `**bold**` stays text; numbered markers need one after `1.` so that `1.5 kg` stays text.
const BULLET_MARKERS: readonly RegExp[] = [
  /^[•●○◦▪▫■□‣⁃∙·➢►▶✓✔]\s*/,
  /^[–—](?![–—])\s*/,
  /^-(?!-)\s*/,
  /^[*+]\s+/,
  /^\d{1,3}[.)]\s+/,
  /^\d{1,3}\)/,
  /^\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)\s*/i,
  /^[a-z]\)\s+/i,
];

const RULE = /^(?:[-=*_~]\s*){3,}$/;

/** The text of a bullet line without its marker, or `undefined` when the line is not a bullet. */
export function bulletText(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || isRule(trimmed)) return undefined;
  for (const marker of BULLET_MARKERS) {
    const match = marker.exec(trimmed);
    if (match) return trimmed.slice(match[0].length).trim();
  }
  return undefined;
}

export function isBullet(line: string): boolean {
  return bulletText(line) !== undefined;
}

/** A horizontal rule or a setext underline (`---`, `===`, `***`): decoration, not content. */
export function isRule(line: string): boolean {
  return RULE.test(line.trim());
}
