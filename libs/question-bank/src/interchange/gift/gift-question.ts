import type { ItemDraft, MatchingContent, ShortAnswerContent } from '@markpoint/grading';
import { assertUnreachable } from '@markpoint/common';
import { escapeShortAnswer } from '../utils/answer-rules';
import type { ExportedItem } from '../utils/group-items';
import { encodeMetadata } from '../utils/metadata';
import { multipleResponseGrades } from '../utils/moodle-grades';
import { numericInstance } from '../utils/numeric-instance';
import { shortText } from '../utils/short-text';
import { itemTags } from '../utils/tags';
import { escapeGift, giftHtml } from './gift-text';

const NAME_LENGTH = 80;
// The GIFT documentation asks for at least three pairs in a matching question.
const MIN_MATCHING_PAIRS = 3;

export type GiftQuestion = { text: string } | { skipped: string };

// One item as a GIFT question: an `[id:…]`/`[tag:…]` comment Moodle reads as its idnumber and
// tags, a `markpoint:` comment for what GIFT cannot say, then `::name::[html]stem{answers}`.
export function giftQuestion({ item, id }: ExportedItem): GiftQuestion {
  const body = answerBlock(item);
  if ('skipped' in body) return body;
  const { content } = item;
  const stem = content.type === 'NUMERIC' ? numericInstance(content).stem : content.stem;
  const tags = itemTags(item).map((tag) => ` [tag:${tag}]`);
  const lines = [
    `// [id:${id}]${tags.join('')}`,
    ...(Object.keys(body.metadata).length > 0 ? [`// ${encodeMetadata(body.metadata)}`] : []),
    `::${escapeGift(shortText(stem, NAME_LENGTH))}::[html]${giftHtml(stem)}{`,
    ...body.answers.map((answer) => `\t${answer}`),
    ...(item.feedback.correct ? [`\t####${giftHtml(item.feedback.correct)}`] : []),
    '}',
  ];
  return { text: lines.join('\n') };
}

interface AnswerBlock {
  answers: string[];
  // What this question's GIFT cannot carry, for the importer.
  metadata: Record<string, unknown>;
}

function answerBlock(item: ItemDraft): AnswerBlock | { skipped: string } {
  const { content } = item;
  // GIFT has no mark for a question, nor feedback for a wrong choice, matching or essay answer.
  const base: Record<string, unknown> = item.maxScore !== 1 ? { maxScore: item.maxScore } : {};
  const withIncorrect = item.feedback.incorrect ? { ...base, incorrect: item.feedback.incorrect } : base;
  const feedback = (text: string | undefined): string => (text ? `#${giftHtml(text)}` : '');
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return {
        answers: content.options.map(
          (option) =>
            `${option.id === content.correctOptionId ? '=' : '~'}${giftHtml(option.text)}${feedback(option.feedback)}`,
        ),
        metadata: withIncorrect,
      };
    case 'MULTIPLE_RESPONSE': {
      const keys = new Set(content.correctOptionIds);
      const grades = multipleResponseGrades(keys.size, content.options.length - keys.size);
      return {
        answers: content.options.map(
          (option) =>
            `~%${keys.has(option.id) ? grades.key : grades.other}%${giftHtml(option.text)}${feedback(option.feedback)}`,
        ),
        metadata: withIncorrect,
      };
    }
    case 'TRUE_FALSE':
      // {T#wrong-answer feedback}: GIFT's own place for the incorrect feedback.
      return {
        answers: [`${content.correct ? 'T' : 'F'}${feedback(item.feedback.incorrect)}`],
        metadata: base,
      };
    case 'ORDERING':
      return { skipped: 'GIFT has no ordering question' };
    case 'MATCHING':
      return matchingAnswers(content, withIncorrect);
    case 'NUMERIC': {
      const instance = numericInstance(content);
      return {
        answers: [
          `#${instance.keyText}:${instance.absoluteToleranceText}`,
          ...(item.feedback.incorrect ? [`~${feedback(item.feedback.incorrect)}`] : []),
        ],
        metadata: { ...base, content },
      };
    }
    case 'SHORT_ANSWER':
      return shortAnswers(content, item, base);
    case 'EXTENDED_RESPONSE':
      return {
        answers: [],
        metadata: {
          ...withIncorrect,
          rubric: content.rubric.map(({ description, marks }) => ({ description, marks })),
          guidance: content.guidance,
        },
      };
    default:
      return assertUnreachable(content, 'Unknown item type');
  }
}

function matchingAnswers(
  content: MatchingContent,
  metadata: Record<string, unknown>,
): AnswerBlock | { skipped: string } {
  if (content.pairs.length < MIN_MATCHING_PAIRS) {
    return {
      skipped: `GIFT matching needs at least ${MIN_MATCHING_PAIRS} pairs (this item has ${content.pairs.length})`,
    };
  }
  // Prompts are HTML, so a "->" in one is written "-&gt;" and cannot be taken for the separator;
  // an empty prompt is how Moodle keeps an extra answer.
  return {
    answers: [
      ...content.pairs.map((pair) => `=${giftHtml(pair.prompt)} -> ${escapeGift(pair.answer)}`),
      ...content.distractors.map((distractor) => `= -> ${escapeGift(distractor)}`),
    ],
    metadata,
  };
}

function shortAnswers(
  content: ShortAnswerContent,
  item: ItemDraft,
  metadata: Record<string, unknown>,
): AnswerBlock | { skipped: string } {
  // GIFT cannot escape "->", and an answer block with "=" and "->" is read as a matching question.
  const arrow = content.acceptedAnswers.find((answer) => answer.includes('->'));
  if (arrow !== undefined)
    return { skipped: `the accepted answer "${arrow}" contains "->", which GIFT reads as matching` };
  return {
    answers: [
      ...content.acceptedAnswers.map((answer) => `=${escapeGift(escapeShortAnswer(answer))}`),
      // "*" at 0 % matches any other answer: Moodle's place for the incorrect feedback.
      ...(item.feedback.incorrect ? [`=%0%*#${giftHtml(item.feedback.incorrect)}`] : []),
    ],
    metadata,
  };
}
