import { XMLBuilder } from 'fast-xml-parser';

// A node in fast-xml-parser's ordered form: `{ name: children, ':@': attributes }`.
export type XmlNode = Record<string, unknown>;
export type XmlChild = XmlNode | string | null | undefined | false | readonly XmlChild[];
export type XmlAttributes = Record<string, string | number | undefined>;

const ATTRIBUTE_PREFIX = '@_';

// Ordered mode: QTI's schema fixes the order of child elements, and item bodies mix text and
// elements, which keyed objects cannot express.
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

// An element; strings among the children become text, null/false/undefined are skipped.
export function el(name: string, attributes: XmlAttributes | null, ...children: XmlChild[]): XmlNode {
  const node: XmlNode = { [name]: flatten(children) };
  const defined = Object.entries(attributes ?? {}).filter(([, value]) => value !== undefined);
  if (defined.length > 0) {
    node[':@'] = Object.fromEntries(
      defined.map(([key, value]) => [`${ATTRIBUTE_PREFIX}${key}`, String(value)]),
    );
  }
  return node;
}

// An element holding only text: `<name>text</name>`.
export function textEl(
  name: string,
  value: string | number,
  attributes: XmlAttributes | null = null,
): XmlNode {
  return el(name, attributes, String(value));
}

// CDATA, for HTML kept as markup; the builder splits any "]]>" inside it.
export function cdata(value: string): XmlNode {
  return { '#cdata': [{ '#text': value }] };
}

export function comment(value: string): XmlNode {
  return { '#comment': [{ '#text': ` ${value} ` }] };
}

// A UTF-8 XML document around `root`, ending in a newline.
export function buildXmlDocument(root: XmlNode): string {
  const body = builder.build([root]).trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

function flatten(children: readonly XmlChild[]): XmlNode[] {
  return children.flatMap((child): XmlNode[] => {
    if (child === null || child === undefined || child === false) return [];
    if (typeof child === 'string') return [{ '#text': child }];
    if (Array.isArray(child)) return flatten(child as readonly XmlChild[]);
    return [child as XmlNode];
  });
}
