import { decimalText } from '../utils/numeric-instance';
import { el, textEl, type XmlChild, type XmlNode } from '../utils/xml-node';

// Scores and tolerances as QTI floats: plain decimals, no exponent.
export const scoreText = decimalText;

// `count` equal shares of a score of 1, the last one taking the rounding remainder, so that
// getting everything right scores exactly 1 (three times 0.333333333333 would not).
export function equalShares(count: number): string[] {
  const share = Number(scoreText(1 / count));
  return Array.from({ length: count }, (_, index) =>
    scoreText(index < count - 1 ? share : 1 - share * (count - 1)),
  );
}

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;

const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
export const MATCH_CORRECT = `${TEMPLATES}/match_correct`;
export const MAP_RESPONSE = `${TEMPLATES}/map_response`;

// Text as inline content: line breaks become `<br/>`.
export function inlineText(text: string): XmlChild[] {
  return text.split(/\r?\n/).flatMap((line, index) => (index === 0 ? [line] : [el('br', null), line]));
}

export function paragraph(text: string): XmlNode {
  return el('p', null, ...inlineText(text));
}

// A value list for correctResponse and defaultValue.
export function values(entries: readonly (string | number)[]): XmlNode[] {
  return entries.map((entry) => textEl('value', entry));
}

export function outcome(
  identifier: string,
  value: number,
  extra: Record<string, string | number> = {},
): XmlNode {
  return el(
    'outcomeDeclaration',
    { identifier, cardinality: 'single', baseType: 'float', ...extra },
    el('defaultValue', null, ...values([value])),
  );
}

// A valid NCName (QTI identifier) from any text: other characters become "_".
export function ncName(prefix: string, text: string): string {
  return `${prefix}${text.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
