import type { ItemContent, MatchingContent } from '@markpoint/grading';
import { choiceContent, shortAnswerContent, type WeightedAnswer } from '../utils/answer-rules';
import { refuse } from '../utils/import-refusal';
import { pairId } from '../utils/positional-ids';
import { readableGift, splitFormat, unprotect, type GiftFormat } from './gift-text';

// Readers for the answer block ({…}, escapes already protected) of each GIFT question type,
// following the rules of Moodle's own GIFT reader. Each gives the content and any feedback GIFT
// keeps for a wrong answer.

export interface GiftAnswers {
  content: ItemContent;
  incorrect: string;
}

// "%50%", "%-33.33333%": the credit of an answer, in percent.
const WEIGHT = /^%(-*[0-9]+(?:\.[0-9]*)?)%/;

// Splits at the first `separator`; the second part is '' when there is none.
function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

// Answers separated by `=` (short answer, matching, numeric), the empty text before the first dropped.
function equalsParts(answer: string): string[] {
  const parts = answer.split('=').map((part) => part.trim());
  return parts[0] === '' ? parts.slice(1) : parts;
}

function readFormatted(text: string, format: GiftFormat): string {
  const own = splitFormat(text, format);
  return readableGift(own.text, own.format);
}

function weighted(part: string, fallback: number): { fraction: number; rest: string } {
  const weight = WEIGHT.exec(part);
  if (!weight) return { fraction: fallback, rest: part };
  return { fraction: Number((weight[1] ?? '').replace(/^-+/, '-')), rest: part.slice(weight[0].length) };
}

export function readGiftChoices(answer: string, stem: string, format: GiftFormat): GiftAnswers {
  // As in Moodle: any "=" makes it single choice; each answer starts with "~" or "=".
  const single = answer.includes('=');
  const parts = answer
    .replace(/=/g, '~=')
    .split('~')
    .map((part) => part.trim());
  const answers: WeightedAnswer[] = (parts[0] === '' ? parts.slice(1) : parts).map((part) => {
    const { fraction, rest } = part.startsWith('=')
      ? { fraction: 100, rest: part.slice(1) }
      : weighted(part, 0);
    const [text, feedback] = splitOnce(rest, '#');
    return { text: readFormatted(text, format), fraction, feedback: readFormatted(feedback, format) };
  });
  return { content: choiceContent(stem, answers, single), incorrect: '' };
}

export function readGiftMatching(answer: string, stem: string, format: GiftFormat): GiftAnswers {
  const pairs: MatchingContent['pairs'] = [];
  const distractors: string[] = [];
  for (const part of equalsParts(answer)) {
    const [prompt, right] = splitOnce(part, '->');
    if (prompt === part) refuse(`the matching answer "${unprotect(part)}" has no "->"`);
    const answerText = unprotect(right).trim();
    const promptText = readFormatted(prompt, format);
    // An empty left side is an extra answer that matches no prompt.
    if (promptText === '') distractors.push(answerText);
    else pairs.push({ id: pairId(pairs.length), prompt: promptText, answer: answerText });
  }
  if (pairs.length < 2) refuse('a matching question needs at least two "prompt -> answer" pairs');
  return { content: { type: 'MATCHING', stem, pairs, distractors }, incorrect: '' };
}

export function readGiftTrueFalse(answer: string, stem: string, format: GiftFormat): GiftAnswers {
  // {T#feedback for a wrong answer#feedback for a right one}
  const [value, feedback] = splitOnce(answer, '#');
  const [wrong] = splitOnce(feedback, '#');
  const correct = ['T', 'TRUE'].includes(value.trim());
  return { content: { type: 'TRUE_FALSE', stem, correct }, incorrect: readFormatted(wrong, format) };
}

export function readGiftShortAnswer(answer: string, stem: string, format: GiftFormat): GiftAnswers {
  const answers = equalsParts(answer).map((part) => {
    const { fraction, rest } = weighted(part, 100);
    const [text, feedback] = splitOnce(rest, '#');
    // Accepted answers are plain text in Moodle, never formatted.
    return { text: unprotect(text).trim(), fraction, feedback: readFormatted(feedback, format) };
  });
  if (answers.length === 0) refuse('the short answer has no accepted answer');
  return shortAnswerContent(stem, answers);
}

// The feedback of a numeric question's `~#…` catch-all answer.
export function giftNumericIncorrect(answer: string, format: GiftFormat): string {
  const tilde = answer.indexOf('~');
  return tilde === -1 ? '' : readFormatted(splitOnce(answer.slice(tilde + 1), '#')[1], format);
}
