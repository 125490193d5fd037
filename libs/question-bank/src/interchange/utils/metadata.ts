const PREFIX = 'markpoint:';

export type MetadataRead =
  { found: false } | { found: true; value: Record<string, unknown> } | { found: true; error: string };

// `markpoint: {json}`: what a format cannot say itself (a numeric item's formula, an essay's
// rubric in GIFT), kept in a comment that Moodle ignores and the importers read back.
export function encodeMetadata(value: Record<string, unknown>): string {
  // "--" may not appear in an XML comment, and Moodle's GIFT reader takes "[id:" and "[tag:" in any
  // comment as the question's idnumber and tags. Both can only occur inside JSON strings, where a
  // \u escape means the same character.
  const json = JSON.stringify(value)
    .replace(/--/g, '-\\u002d')
    .replace(/\[(?=(?:id|tag):)/gi, '\\u005b');
  return `${PREFIX} ${json}`;
}

// The first `markpoint:` comment among `comments` (XML comment bodies or GIFT `//` lines).
export function readMetadata(comments: readonly string[]): MetadataRead {
  for (const raw of comments) {
    const comment = raw.trim().replace(/^\/\/\s*/, '');
    if (!comment.startsWith(PREFIX)) continue;
    try {
      const value: unknown = JSON.parse(comment.slice(PREFIX.length));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { found: true, value: value as Record<string, unknown> };
      }
      return { found: true, error: 'the markpoint comment does not hold a JSON object' };
    } catch {
      return { found: true, error: 'the markpoint comment is not valid JSON' };
    }
  }
  return { found: false };
}
