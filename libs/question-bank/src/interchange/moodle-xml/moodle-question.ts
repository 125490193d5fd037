import type { ItemContent, ItemDraft } from '@markpoint/grading';
import { assertUnreachable } from '@markpoint/common';
import type { ExportedItem } from '../utils/group-items';
import { encodeMetadata } from '../utils/metadata';
import { numericInstance } from '../utils/numeric-instance';
import { shortText } from '../utils/short-text';
import { itemTags } from '../utils/tags';
import { comment, el, textEl, type XmlNode } from '../utils/xml-node';
import {
  essayBody,
  htmlField,
  matchingBody,
  multipleResponseBody,
  numericBody,
  orderingBody,
  shortAnswerBody,
  singleChoiceBody,
  trueFalseBody,
} from './moodle-answers';

const NAME_LENGTH = 80;

// The Moodle question type each Markpoint type is exported as.
export const MOODLE_QUESTION_TYPES: Readonly<Record<ItemContent['type'], string>> = {
  SINGLE_CHOICE: 'multichoice',
  MULTIPLE_RESPONSE: 'multichoice',
  TRUE_FALSE: 'truefalse',
  ORDERING: 'ordering',
  MATCHING: 'matching',
  NUMERIC: 'numerical',
  SHORT_ANSWER: 'shortanswer',
  EXTENDED_RESPONSE: 'essay',
};

// One item as a Moodle XML `<question>`.
export function moodleQuestion({ item, id }: ExportedItem): XmlNode {
  const { content } = item;
  const stem = content.type === 'NUMERIC' ? numericInstance(content).stem : content.stem;
  return el(
    'question',
    { type: MOODLE_QUESTION_TYPES[content.type] },
    // `numerical` holds one drawn value; the comment keeps the formula and ranges for re-import.
    content.type === 'NUMERIC' && comment(encodeMetadata({ content })),
    el('name', null, textEl('text', shortText(stem, NAME_LENGTH))),
    htmlField('questiontext', stem),
    htmlField('generalfeedback', item.feedback.correct),
    textEl('defaultgrade', item.maxScore.toFixed(7)),
    // Moodle's own defaults: a true/false retry is worthless, an essay is marked once.
    textEl('penalty', penaltyOf(content)),
    textEl('hidden', 0),
    textEl('idnumber', id),
    typeBody(content, item),
    el('tags', null, ...itemTags(item).map((tag) => el('tag', null, textEl('text', tag)))),
  );
}

function penaltyOf(content: ItemContent): string {
  if (content.type === 'TRUE_FALSE') return '1.0000000';
  if (content.type === 'EXTENDED_RESPONSE') return '0.0000000';
  return '0.3333333';
}

function typeBody(content: ItemContent, item: ItemDraft): XmlNode[] {
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return singleChoiceBody(content, item);
    case 'MULTIPLE_RESPONSE':
      return multipleResponseBody(content, item);
    case 'TRUE_FALSE':
      return trueFalseBody(content, item);
    case 'ORDERING':
      return orderingBody(content, item);
    case 'MATCHING':
      return matchingBody(content, item);
    case 'NUMERIC':
      return numericBody(content, item);
    case 'SHORT_ANSWER':
      return shortAnswerBody(content, item);
    case 'EXTENDED_RESPONSE':
      return essayBody(content, item);
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}
