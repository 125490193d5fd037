import type {
  ChoiceOption,
  ExtendedResponseContent,
  ItemDraft,
  MatchingContent,
  MultipleResponseContent,
  NumericContent,
  OrderingContent,
  ShortAnswerContent,
  SingleChoiceContent,
  TrueFalseContent,
} from '@markpoint/grading';
import { textToHtml, textToInlineHtml } from '../utils/html';
import { escapeShortAnswer } from '../utils/answer-rules';
import { multipleResponseGrades } from '../utils/moodle-grades';
import { numericInstance } from '../utils/numeric-instance';
import { cdata, el, textEl, type XmlNode } from '../utils/xml-node';
import { graderInfoHtml } from './moodle-grader-info';

// The type-specific children of a Moodle XML <question>, one function per Markpoint type.

// `<name format="html"><text>…</text></name>`; empty text stays empty rather than `<p></p>`.
export function htmlField(name: string, text: string): XmlNode {
  return el(name, { format: 'html' }, el('text', null, text ? cdata(textToHtml(text)) : ''));
}

function answer(fraction: string, text: XmlNode | string, feedback: string, format = 'html'): XmlNode {
  return el('answer', { fraction, format }, el('text', null, text), htmlField('feedback', feedback));
}

function combinedFeedback(incorrect: string): XmlNode[] {
  return [
    htmlField('correctfeedback', ''),
    htmlField('partiallycorrectfeedback', incorrect),
    htmlField('incorrectfeedback', incorrect),
    el('shownumcorrect', null),
  ];
}

function choiceAnswer(option: ChoiceOption, fraction: string): XmlNode {
  return answer(fraction, cdata(textToInlineHtml(option.text)), option.feedback ?? '');
}

function multichoice(single: boolean, incorrect: string, answers: XmlNode[]): XmlNode[] {
  return [
    textEl('single', String(single)),
    textEl('shuffleanswers', 'true'),
    textEl('answernumbering', 'abc'),
    textEl('showstandardinstruction', 0),
    ...combinedFeedback(incorrect),
    ...answers,
  ];
}

export function singleChoiceBody(content: SingleChoiceContent, item: ItemDraft): XmlNode[] {
  const answers = content.options.map((option) =>
    choiceAnswer(option, option.id === content.correctOptionId ? '100' : '0'),
  );
  return multichoice(true, item.feedback.incorrect, answers);
}

export function multipleResponseBody(content: MultipleResponseContent, item: ItemDraft): XmlNode[] {
  const keys = new Set(content.correctOptionIds);
  const grades = multipleResponseGrades(keys.size, content.options.length - keys.size);
  const answers = content.options.map((option) =>
    choiceAnswer(option, keys.has(option.id) ? grades.key : grades.other),
  );
  return multichoice(false, item.feedback.incorrect, answers);
}

export function trueFalseBody(content: TrueFalseContent, item: ItemDraft): XmlNode[] {
  // Moodle tells true from false by the answer text; the wrong answer carries the incorrect feedback.
  return [true, false].map((value) =>
    value === content.correct
      ? answer('100', String(value), '', 'moodle_auto_format')
      : answer('0', String(value), item.feedback.incorrect, 'moodle_auto_format'),
  );
}

export function orderingBody(content: OrderingContent, item: ItemDraft): XmlNode[] {
  return [
    textEl('layouttype', 'VERTICAL'),
    textEl('selecttype', 'ALL'),
    textEl('selectcount', 0),
    // Markpoint credits the n − 1 adjacent pairs of the correct order; this is Moodle's nearest.
    textEl('gradingtype', 'RELATIVE_NEXT_EXCLUDE_LAST'),
    textEl('showgrading', 'SHOW'),
    textEl('numberingstyle', 'none'),
    ...combinedFeedback(item.feedback.incorrect),
    // qtype_ordering stores the correct order as the answers' order (their fraction is a position).
    ...content.steps.map((step, index) =>
      el(
        'answer',
        { fraction: index + 1, format: 'html' },
        el('text', null, cdata(textToInlineHtml(step.text))),
      ),
    ),
  ];
}

export function matchingBody(content: MatchingContent, item: ItemDraft): XmlNode[] {
  const subquestion = (prompt: string, answerText: string): XmlNode =>
    el(
      'subquestion',
      { format: 'html' },
      el('text', null, prompt ? cdata(textToHtml(prompt)) : ''),
      el('answer', null, textEl('text', answerText)),
    );
  return [
    textEl('shuffleanswers', 'true'),
    ...combinedFeedback(item.feedback.incorrect),
    ...content.pairs.map((pair) => subquestion(pair.prompt, pair.answer)),
    // A subquestion with no text is how Moodle keeps an extra (distractor) answer.
    ...content.distractors.map((distractor) => subquestion('', distractor)),
  ];
}

export function numericBody(content: NumericContent, item: ItemDraft): XmlNode[] {
  const instance = numericInstance(content);
  return [
    el(
      'answer',
      { fraction: '100', format: 'moodle_auto_format' },
      textEl('text', instance.keyText),
      htmlField('feedback', ''),
      textEl('tolerance', instance.absoluteToleranceText),
    ),
    // "*" matches any other number: the place for the incorrect feedback.
    el(
      'answer',
      { fraction: '0', format: 'moodle_auto_format' },
      textEl('text', '*'),
      htmlField('feedback', item.feedback.incorrect),
      textEl('tolerance', 0),
    ),
    textEl('unitgradingtype', 0),
    textEl('unitpenalty', '0.1000000'),
    // 3: units are not used; the stem already says which unit to answer in.
    textEl('showunits', 3),
    textEl('unitsleft', 0),
  ];
}

export function shortAnswerBody(content: ShortAnswerContent, item: ItemDraft): XmlNode[] {
  return [
    // Markpoint normalises case itself, so Moodle should ignore it too.
    textEl('usecase', 0),
    ...content.acceptedAnswers.map((accepted) =>
      answer('100', escapeShortAnswer(accepted), '', 'moodle_auto_format'),
    ),
    answer('0', '*', item.feedback.incorrect, 'moodle_auto_format'),
  ];
}

export function essayBody(content: ExtendedResponseContent, item: ItemDraft): XmlNode[] {
  return [
    textEl('responseformat', 'editor'),
    textEl('responserequired', 1),
    textEl('responsefieldlines', 15),
    textEl('attachments', 0),
    textEl('attachmentsrequired', 0),
    el(
      'graderinfo',
      { format: 'html' },
      el('text', null, cdata(graderInfoHtml(content, item.feedback.incorrect))),
    ),
    el('responsetemplate', { format: 'html' }, el('text', null, '')),
  ];
}
