import type {
  ExtendedResponseContent,
  ItemContent,
  MatchingContent,
  OrderingContent,
  TrueFalseContent,
} from '@markpoint/grading';
import { choiceContent, isFullCredit, shortAnswerContent, type WeightedAnswer } from '../utils/answer-rules';
import { refuse } from '../utils/import-refusal';
import { readMetadata } from '../utils/metadata';
import { numericFromMetadata } from '../utils/numeric-from-metadata';
import { pairId, stepId } from '../utils/positional-ids';
import { readGraderInfo } from './moodle-grader-info';
import {
  attribute,
  child,
  children,
  commentsOf,
  ownText,
  rawText,
  readableText,
  type MoodleNode,
} from './moodle-node';

// A question's content and the feedback Markpoint shows for a wrong answer.
export interface MoodleContent {
  content: ItemContent;
  incorrect: string;
}

// One reader per Moodle type the exporter writes; each refuses what Markpoint cannot represent.

function answersOf(question: MoodleNode, readText: (answer: MoodleNode) => string): WeightedAnswer[] {
  return children(question, 'answer').map((answer, index) => {
    const fraction = Number(attribute(answer, 'fraction') ?? '0');
    if (!Number.isFinite(fraction)) refuse(`answer ${index + 1} has no valid fraction`);
    return { text: readText(answer), fraction, feedback: readableText(answer, 'feedback') };
  });
}

export function readMultichoice(question: MoodleNode, stem: string): MoodleContent {
  // Moodle's default is one answer, so a missing <single> means single.
  const single = !['false', '0'].includes(ownText(child(question, 'single')).toLowerCase());
  const content = choiceContent(
    stem,
    answersOf(question, (answer) => readableText(answer)),
    single,
  );
  return { content, incorrect: readableText(question, 'incorrectfeedback') };
}

export function readTrueFalse(question: MoodleNode, stem: string): MoodleContent {
  const answers = answersOf(question, (answer) => rawText(answer).toLowerCase());
  const right = answers.find((answer) => isFullCredit(answer.fraction));
  if (!right || (right.text !== 'true' && right.text !== 'false'))
    refuse('neither "true" nor "false" is marked correct');
  const wrong = answers.find((answer) => answer !== right);
  const content: TrueFalseContent = { type: 'TRUE_FALSE', stem, correct: right.text === 'true' };
  return { content, incorrect: wrong?.feedback ?? '' };
}

export function readMatching(question: MoodleNode, stem: string): MoodleContent {
  const pairs: MatchingContent['pairs'] = [];
  const distractors: string[] = [];
  for (const subquestion of children(question, 'subquestion')) {
    const prompt = readableText(subquestion);
    const answer = rawText(subquestion, 'answer');
    if (answer === '') continue;
    // A subquestion without text is an extra answer that matches no prompt.
    if (prompt === '') distractors.push(answer);
    else pairs.push({ id: pairId(pairs.length), prompt, answer });
  }
  if (pairs.length < 2) refuse('a matching question needs at least two subquestions with text and an answer');
  return {
    content: { type: 'MATCHING', stem, pairs, distractors },
    incorrect: readableText(question, 'incorrectfeedback'),
  };
}

export function readOrdering(question: MoodleNode, stem: string): MoodleContent {
  // Moodle's own import takes the answers in document order as the correct order.
  const steps: OrderingContent['steps'] = children(question, 'answer')
    .map((answer) => readableText(answer))
    .filter((text) => text !== '')
    .map((text, index) => ({ id: stepId(index), text }));
  if (steps.length < 2) refuse('an ordering question needs at least two items');
  return {
    content: { type: 'ORDERING', stem, steps },
    incorrect: readableText(question, 'incorrectfeedback'),
  };
}

export function readNumerical(question: MoodleNode): MoodleContent {
  const content = numericFromMetadata(readMetadata(commentsOf(question)), 'Moodle numerical');
  const catchAll = answersOf(question, (answer) => rawText(answer)).find((answer) => answer.text === '*');
  return { content, incorrect: catchAll?.feedback ?? '' };
}

export function readShortAnswer(question: MoodleNode, stem: string): MoodleContent {
  return shortAnswerContent(
    stem,
    answersOf(question, (answer) => rawText(answer)),
  );
}

export function readEssay(question: MoodleNode, stem: string, maxScore: number): MoodleContent {
  const info = readGraderInfo(rawText(question, 'graderinfo'), maxScore);
  const content: ExtendedResponseContent = {
    type: 'EXTENDED_RESPONSE',
    stem,
    rubric: info.rubric,
    guidance: info.guidance,
  };
  return { content, incorrect: info.incorrect };
}
