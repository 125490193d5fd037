import { shortText } from './short-text';

const MARKING_POINT_KEY = /^mp-[0-9a-z]+$/i;
const CATEGORY_TEXT_LENGTH = 60;

export function isMarkingPointKey(value: string): boolean {
  return MARKING_POINT_KEY.test(value);
}

// The Moodle category path of a topic, or of one of its marking points:
// `$course$/top/<topic>/<mp key> <short text>`. Moodle reads `/` as the separator and `//` as a
// slash inside a name.
export function categoryPath(topic: string, markingPoint?: { key: string; text?: string }): string {
  const path = `$course$/top/${categoryName(topic)}`;
  if (!markingPoint) return path;
  const text = markingPoint.text ? ` ${shortText(markingPoint.text, CATEGORY_TEXT_LENGTH)}` : '';
  return `${path}/${categoryName(`${markingPoint.key}${text}`)}`;
}

// The marking point key a category path names: its last part's first word, when it is one.
export function markingPointKeyOfCategory(path: string): string | null {
  const parts = path.split(/(?<!\/)\/(?!\/)/);
  const firstWord = (parts[parts.length - 1] ?? '').trim().split(/\s+/)[0] ?? '';
  return isMarkingPointKey(firstWord) ? firstWord : null;
}

function categoryName(name: string): string {
  // Backslashes would be taken for GIFT escapes and line breaks would end the line.
  return name
    .replace(/[\\\r\n]+/g, ' ')
    .replace(/\//g, '//')
    .trim();
}
