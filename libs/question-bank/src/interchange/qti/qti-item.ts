import { assertUnreachable } from '@markpoint/common';
import type { ItemContent } from '@markpoint/grading';
import type { ExportedItem } from '../utils/group-items';
import { numericInstance } from '../utils/numeric-instance';
import { shortText } from '../utils/short-text';
import { buildXmlDocument, el, type XmlNode } from '../utils/xml-node';
import {
  extendedResponseParts,
  matchingParts,
  multipleResponseParts,
  numericParts,
  orderingParts,
  shortAnswerParts,
  singleChoiceParts,
  trueFalseParts,
  type QtiParts,
} from './qti-interactions';
import { outcome, QTI_NAMESPACE, QTI_SCHEMA_LOCATION, XSI_NAMESPACE } from './qti-xml';

const TITLE_LENGTH = 80;

// An item's SCORE: 0–1 for the automatically scored types (so the standard templates fit; the
// test weights it by the item's marks), the rubric's marks for an extended response.
export function itemScoreMaximum(content: ItemContent, maxScore: number): number {
  return content.type === 'EXTENDED_RESPONSE' ? maxScore : 1;
}

// One item as a QTI 2.1 assessmentItem document.
export function qtiItemXml({ item, id }: ExportedItem): string {
  const { content } = item;
  const parts = partsOf(content);
  const stem = content.type === 'NUMERIC' ? numericInstance(content).stem : content.stem;
  const maximum = itemScoreMaximum(content, item.maxScore);
  return buildXmlDocument(
    el(
      'assessmentItem',
      {
        xmlns: QTI_NAMESPACE,
        'xmlns:xsi': XSI_NAMESPACE,
        'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
        identifier: id,
        title: shortText(stem, TITLE_LENGTH),
        adaptive: 'false',
        timeDependent: 'false',
      },
      parts.responseDeclaration,
      outcome('SCORE', 0, { normalMinimum: 0, normalMaximum: maximum }),
      outcome('MAXSCORE', maximum),
      el('itemBody', null, ...parts.body),
      processingOf(parts),
    ),
  );
}

function processingOf(parts: QtiParts): XmlNode | null {
  if (parts.processing === null) return null;
  return typeof parts.processing === 'string'
    ? el('responseProcessing', { template: parts.processing })
    : parts.processing;
}

function partsOf(content: ItemContent): QtiParts {
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return singleChoiceParts(content);
    case 'MULTIPLE_RESPONSE':
      return multipleResponseParts(content);
    case 'TRUE_FALSE':
      return trueFalseParts(content);
    case 'ORDERING':
      return orderingParts(content);
    case 'MATCHING':
      return matchingParts(content);
    case 'NUMERIC':
      return numericParts(content);
    case 'SHORT_ANSWER':
      return shortAnswerParts(content);
    case 'EXTENDED_RESPONSE':
      return extendedResponseParts(content);
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}
