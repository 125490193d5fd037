import type {
  ExtendedResponseContent,
  MatchingContent,
  MultipleResponseContent,
  NumericContent,
  OrderingContent,
  ShortAnswerContent,
  SingleChoiceContent,
  TrueFalseContent,
} from '@markpoint/grading';
import { numericInstance } from '../utils/numeric-instance';
import { el, textEl, type XmlNode } from '../utils/xml-node';
import {
  equalShares,
  inlineText,
  MAP_RESPONSE,
  MATCH_CORRECT,
  paragraph,
  scoreText,
  values,
} from './qti-xml';

// What an item type adds to an assessmentItem, in the schema's order.
export interface QtiParts {
  responseDeclaration: XmlNode;
  body: XmlNode[];
  // A standard template's URL, or custom processing; null for human scoring.
  processing: string | XmlNode | null;
}

const RESPONSE = 'RESPONSE';

// Choices, steps, prompts and answers get positional identifiers (C1, S1, P1, A1): Markpoint's
// own ids need not be XML names, and positions are stable for a given item.
const choiceIds = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

function declaration(
  cardinality: string,
  baseType: string,
  correct: (string | number)[],
  mapping?: XmlNode,
): XmlNode {
  return el(
    'responseDeclaration',
    { identifier: RESPONSE, cardinality, baseType },
    correct.length > 0 && el('correctResponse', null, ...values(correct)),
    mapping,
  );
}

function choiceInteraction(
  stem: string,
  maxChoices: number,
  choices: { id: string; text: string }[],
): XmlNode {
  return el(
    'choiceInteraction',
    { responseIdentifier: RESPONSE, shuffle: 'true', maxChoices },
    el('prompt', null, ...inlineText(stem)),
    ...choices.map((choice) => el('simpleChoice', { identifier: choice.id }, ...inlineText(choice.text))),
  );
}

export function singleChoiceParts(content: SingleChoiceContent): QtiParts {
  const ids = choiceIds(content.options.length, 'C');
  const key = ids[content.options.findIndex((option) => option.id === content.correctOptionId)] ?? '';
  return {
    responseDeclaration: declaration('single', 'identifier', [key]),
    body: [
      choiceInteraction(
        content.stem,
        1,
        content.options.map((option, i) => ({ id: ids[i] ?? '', text: option.text })),
      ),
    ],
    processing: MATCH_CORRECT,
  };
}

export function multipleResponseParts(content: MultipleResponseContent): QtiParts {
  const ids = choiceIds(content.options.length, 'C');
  const keys = new Set(content.correctOptionIds);
  const keyCount = Math.max(keys.size, 1);
  const others = content.options.length - keys.size;
  // Markpoint's grading: each key earns 1/keys, each wrong choice costs as much (see moodle-grades).
  const penalty = others === 0 ? 0 : -1 / Math.min(keyCount, others);
  const shares = equalShares(keyCount);
  let keyIndex = 0;
  const mapping = el(
    'mapping',
    { lowerBound: 0, upperBound: 1, defaultValue: 0 },
    ...content.options.map((option, i) =>
      el('mapEntry', {
        mapKey: ids[i],
        mappedValue: keys.has(option.id) ? shares[keyIndex++] : scoreText(penalty),
      }),
    ),
  );
  const correct = content.options.flatMap((option, i) => (keys.has(option.id) ? [ids[i] ?? ''] : []));
  return {
    responseDeclaration: declaration('multiple', 'identifier', correct, mapping),
    body: [
      choiceInteraction(
        content.stem,
        0,
        content.options.map((option, i) => ({ id: ids[i] ?? '', text: option.text })),
      ),
    ],
    processing: MAP_RESPONSE,
  };
}

export function trueFalseParts(content: TrueFalseContent): QtiParts {
  const choices = [
    { id: 'TRUE', text: 'True' },
    { id: 'FALSE', text: 'False' },
  ];
  return {
    responseDeclaration: declaration('single', 'identifier', [content.correct ? 'TRUE' : 'FALSE']),
    body: [choiceInteraction(content.stem, 1, choices)],
    processing: MATCH_CORRECT,
  };
}

export function orderingParts(content: OrderingContent): QtiParts {
  const ids = choiceIds(content.steps.length, 'S');
  return {
    responseDeclaration: declaration('ordered', 'identifier', ids),
    body: [
      el(
        'orderInteraction',
        { responseIdentifier: RESPONSE, shuffle: 'true' },
        el('prompt', null, ...inlineText(content.stem)),
        ...content.steps.map((step, i) =>
          el('simpleChoice', { identifier: ids[i] }, ...inlineText(step.text)),
        ),
      ),
    ],
    // All or nothing: no standard template gives Markpoint's credit for adjacent pairs.
    processing: MATCH_CORRECT,
  };
}

export function matchingParts(content: MatchingContent): QtiParts {
  const prompts = choiceIds(content.pairs.length, 'P');
  // One choice per distinct answer text; it may be matched once per prompt that has it.
  const answers = [...new Set([...content.pairs.map((pair) => pair.answer), ...content.distractors])];
  const answerId = (text: string): string => `A${answers.indexOf(text) + 1}`;
  const correct = content.pairs.map((pair, i) => `${prompts[i]} ${answerId(pair.answer)}`);
  const mapping = el(
    'mapping',
    { lowerBound: 0, upperBound: 1, defaultValue: 0 },
    // Each prompt matched to its own answer earns its share, as Markpoint grades matching.
    ...correct.map((pair, i) =>
      el('mapEntry', { mapKey: pair, mappedValue: equalShares(correct.length)[i] }),
    ),
  );
  const associable = (identifier: string, text: string, matchMax: number): XmlNode =>
    el('simpleAssociableChoice', { identifier, matchMax }, ...inlineText(text));
  return {
    responseDeclaration: declaration('multiple', 'directedPair', correct, mapping),
    body: [
      el(
        'matchInteraction',
        { responseIdentifier: RESPONSE, shuffle: 'true', maxAssociations: content.pairs.length },
        el('prompt', null, ...inlineText(content.stem)),
        el(
          'simpleMatchSet',
          null,
          ...content.pairs.map((pair, i) => associable(prompts[i] ?? '', pair.prompt, 1)),
        ),
        el(
          'simpleMatchSet',
          null,
          ...answers.map((text) =>
            associable(
              answerId(text),
              text,
              Math.max(1, content.pairs.filter((pair) => pair.answer === text).length),
            ),
          ),
        ),
      ),
    ],
    processing: MAP_RESPONSE,
  };
}

export function numericParts(content: NumericContent): QtiParts {
  const instance = numericInstance(content);
  // One drawn instance, as in the Moodle export; QTI's <equal> keeps the tolerance's own kind.
  const tolerance =
    content.tolerance.kind === 'ABSOLUTE'
      ? { toleranceMode: 'absolute', tolerance: scoreText(content.tolerance.value) }
      : { toleranceMode: 'relative', tolerance: scoreText(content.tolerance.value * 100) };
  const setScore = (score: number): XmlNode =>
    el('setOutcomeValue', { identifier: 'SCORE' }, textEl('baseValue', score, { baseType: 'float' }));
  const processing = el(
    'responseProcessing',
    null,
    el(
      'responseCondition',
      null,
      el(
        'responseIf',
        null,
        el(
          'equal',
          { ...tolerance, includeLowerBound: 'true', includeUpperBound: 'true' },
          el('variable', { identifier: RESPONSE }),
          el('correct', { identifier: RESPONSE }),
        ),
        setScore(1),
      ),
      el('responseElse', null, setScore(0)),
    ),
  );
  const unit = content.unit ? ` (${content.unit})` : '';
  return {
    responseDeclaration: declaration('single', 'float', [instance.keyText]),
    body: [
      paragraph(instance.stem),
      el(
        'p',
        null,
        `Answer${unit}: `,
        el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: 15 }),
      ),
    ],
    processing,
  };
}

export function shortAnswerParts(content: ShortAnswerContent): QtiParts {
  // mapKeys must differ; they are compared without case, as Markpoint compares answers.
  const accepted = [
    ...new Map(content.acceptedAnswers.map((answer) => [answer.toLowerCase(), answer])).values(),
  ];
  const mapping = el(
    'mapping',
    { lowerBound: 0, upperBound: 1, defaultValue: 0 },
    ...accepted.map((answer) => el('mapEntry', { mapKey: answer, mappedValue: 1, caseSensitive: 'false' })),
  );
  return {
    responseDeclaration: declaration('single', 'string', accepted.slice(0, 1), mapping),
    body: [
      paragraph(content.stem),
      el('p', null, el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: 30 })),
    ],
    processing: MAP_RESPONSE,
  };
}

export function extendedResponseParts(content: ExtendedResponseContent): QtiParts {
  const rows = content.rubric.map((criterion) =>
    el('tr', null, el('td', null, ...inlineText(criterion.description)), textEl('td', criterion.marks)),
  );
  return {
    responseDeclaration: declaration('single', 'string', []),
    body: [
      // Only scorers see the rubric and guidance.
      el(
        'rubricBlock',
        { view: 'scorer' },
        el(
          'table',
          null,
          el('thead', null, el('tr', null, textEl('th', 'Criterion'), textEl('th', 'Marks'))),
          el('tbody', null, ...rows),
        ),
        paragraph(content.guidance),
      ),
      el(
        'extendedTextInteraction',
        { responseIdentifier: RESPONSE, expectedLines: 15 },
        el('prompt', null, ...inlineText(content.stem)),
      ),
    ],
    processing: null,
  };
}
