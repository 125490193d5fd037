import { XMLParser } from 'fast-xml-parser';
import { htmlToText } from '../utils/html';

// An element as the parser gives it: children by name, attributes as `@_name`, text as `#text`.
export type MoodleNode = Record<string, unknown>;

const REPEATED = new Set(['question', 'answer', 'subquestion', 'tag', '#comment']);

export const moodleParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Start offsets of elements, so a refused question can be reported with its line.
  captureMetaData: true,
  commentPropName: '#comment',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

// The library types its metadata key as the `Symbol` wrapper object; at run time it is a symbol.
const METADATA = XMLParser.getMetaDataSymbol() as symbol;

// Where an element starts in the parsed text, or 0 when the parser kept no position.
export function startOffset(node: MoodleNode): number {
  const metadata = (node as Record<symbol, { startIndex?: number } | undefined>)[METADATA];
  return metadata?.startIndex ?? 0;
}

// The parser gives an element with only text as a plain string; wrap it so every child is a node.
function asNode(value: unknown): MoodleNode {
  if (typeof value === 'object' && value !== null) return value as MoodleNode;
  return { '#text': typeof value === 'string' || typeof value === 'number' ? String(value) : '' };
}

export function child(node: MoodleNode | undefined, name: string): MoodleNode | undefined {
  const value = node?.[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null ? undefined : asNode(first);
}

export function children(node: MoodleNode | undefined, name: string): MoodleNode[] {
  const value = node?.[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(asNode);
}

export function attribute(node: MoodleNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

// The text of an element that holds text directly (`<single>true</single>`).
export function ownText(node: MoodleNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

// The raw `<text>` of a field such as `<name><text>…</text></name>`.
export function rawText(node: MoodleNode | undefined, field?: string): string {
  const holder = field === undefined ? node : child(node, field);
  return ownText(child(holder, 'text'));
}

// What a reader sees of a formatted field: HTML turned to text, Moodle auto-format's line breaks
// kept, plain text and Markdown as written.
export function readableText(node: MoodleNode | undefined, field?: string): string {
  const holder = field === undefined ? node : child(node, field);
  const text = rawText(holder);
  switch (attribute(holder, 'format') ?? 'html') {
    case 'html':
      return htmlToText(text);
    case 'moodle_auto_format':
      return htmlToText(text.replace(/\r?\n/g, '<br>'));
    default:
      return text;
  }
}

export function commentsOf(node: MoodleNode): string[] {
  return children(node, '#comment').map((comment) => ownText(comment));
}
