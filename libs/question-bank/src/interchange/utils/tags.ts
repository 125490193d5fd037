import { COGNITIVE_LEVELS, type CognitiveLevel, type ItemDraft } from '@markpoint/grading';

const LEVELS: readonly CognitiveLevel[] = COGNITIVE_LEVELS;

// `mp:<key>` for every marking point the item assesses, then `level:<level>`.
export function itemTags(item: ItemDraft): string[] {
  return [...item.markingPointKeys.map((key) => `mp:${key}`), `level:${item.level.toLowerCase()}`];
}

// The first `mp:` tag's key and the `level:` tag's level, when the tags have them.
export function readTags(tags: readonly string[]): {
  markingPointKey: string | null;
  level: CognitiveLevel | null;
} {
  let markingPointKey: string | null = null;
  let level: CognitiveLevel | null = null;
  for (const tag of tags.map((raw) => raw.trim())) {
    const [name, ...rest] = tag.split(':');
    const value = rest.join(':').trim();
    if (name?.toLowerCase() === 'mp' && value && markingPointKey === null) markingPointKey = value;
    if (name?.toLowerCase() === 'level') {
      // "analyze" is the US spelling teachers may type; Markpoint's level is ANALYSE.
      const candidate = value.toUpperCase().replace(/^ANALYZE$/, 'ANALYSE');
      level = LEVELS.find((known) => known === candidate) ?? level;
    }
  }
  return { markingPointKey, level };
}
