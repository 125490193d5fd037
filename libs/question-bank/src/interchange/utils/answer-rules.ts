import type {
  ChoiceOption,
  MultipleResponseContent,
  ShortAnswerContent,
  SingleChoiceContent,
} from '@markpoint/grading';
import { refuse } from './import-refusal';
import { optionId } from './positional-ids';

// An answer as Moodle XML and GIFT both write it: text, percentage credit, feedback.
export interface WeightedAnswer {
  text: string;
  fraction: number;
  feedback: string;
}

// Moodle writes 100 % as 100 and a third as 33.33333; anything this close to 100 is full credit.
const FULL_CREDIT = 99.9999;

// A Moodle multiple-choice question as a single choice (one answer at 100 %, none partial) or a
// multiple response (every answer with credit is a key). Markpoint grades multiple response its
// own way, so Moodle's individual percentages are not kept.
export function choiceContent(
  stem: string,
  answers: readonly WeightedAnswer[],
  single: boolean,
): SingleChoiceContent | MultipleResponseContent {
  if (answers.length < 2) refuse('a multiple-choice question needs at least two answers');
  const empty = answers.findIndex((answer) => answer.text === '');
  if (empty !== -1) refuse(`answer ${empty + 1} has no text`);
  const options: ChoiceOption[] = answers.map((answer, index) => ({
    id: optionId(index),
    text: answer.text,
    ...(answer.feedback ? { feedback: answer.feedback } : {}),
  }));
  const keys = options.filter((_, index) => (answers[index]?.fraction ?? 0) > 0).map((option) => option.id);
  if (!single) {
    if (keys.length === 0) refuse('no answer carries credit');
    return { type: 'MULTIPLE_RESPONSE', stem, options, correctOptionIds: keys };
  }
  const partial = answers.find((answer) => answer.fraction > 0 && answer.fraction < FULL_CREDIT);
  if (partial)
    refuse(
      `answer "${partial.text}" gives partial credit (${partial.fraction}%); a single choice has one key`,
    );
  if (keys.length === 0) refuse('no answer is marked correct (100%)');
  if (keys.length > 1) refuse('more than one answer is fully correct; a single choice has one key');
  return { type: 'SINGLE_CHOICE', stem, options, correctOptionId: keys[0] ?? '' };
}

// A Moodle short answer: every 100 % answer is accepted ("\*" is a literal asterisk), a lone "*"
// at 0 % is the catch-all that carries the incorrect feedback, other 0 % answers only give feedback.
// Wildcards and partial credit have no Markpoint equivalent.
export function shortAnswerContent(
  stem: string,
  answers: readonly WeightedAnswer[],
): { content: ShortAnswerContent; incorrect: string } {
  const acceptedAnswers: string[] = [];
  let incorrect = '';
  for (const answer of answers) {
    if (answer.text === '*' && answer.fraction <= 0) {
      incorrect = answer.feedback;
    } else if (answer.fraction >= FULL_CREDIT) {
      // Markpoint compares normalised text, with no patterns.
      if (/(?<!\\)\*/.test(answer.text)) refuse(`answer "${answer.text}" uses the * wildcard`);
      acceptedAnswers.push(answer.text.replace(/\\\*/g, '*'));
    } else if (answer.fraction > 0) {
      refuse(
        `answer "${answer.text}" gives partial credit (${answer.fraction}%); Markpoint short answers are right or wrong`,
      );
    }
  }
  if (acceptedAnswers.length === 0) refuse('no answer is marked correct (100%)');
  return { content: { type: 'SHORT_ANSWER', stem, acceptedAnswers }, incorrect };
}

export function isFullCredit(fraction: number): boolean {
  return fraction >= FULL_CREDIT;
}

// Moodle's short answers read "*" as a wildcard; a literal one is written "\*".
export function escapeShortAnswer(text: string): string {
  return text.replace(/\*/g, '\\*');
}
