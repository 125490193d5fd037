// The text on one line, cut at a word boundary to at most `max` characters (with "…" when cut).
export function shortText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word is still cut, rather than giving an empty name.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
