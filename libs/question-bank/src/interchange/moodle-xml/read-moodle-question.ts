import type { CognitiveLevel, ItemFeedback } from '@markpoint/grading';
import type { ImportedItem } from '../import-result';
import { refuse } from '../utils/import-refusal';
import { readTags } from '../utils/tags';
import { attribute, child, children, ownText, rawText, readableText, type MoodleNode } from './moodle-node';
import {
  readEssay,
  readMatching,
  readMultichoice,
  readNumerical,
  readOrdering,
  readShortAnswer,
  readTrueFalse,
  type MoodleContent,
} from './read-moodle-content';

// Why the Moodle types Markpoint cannot hold are refused, in words a teacher can act on.
const UNSUPPORTED: Readonly<Record<string, string>> = {
  calculated: 'computes its answer from Moodle wildcards; Markpoint numeric items use their own formulas',
  calculatedsimple:
    'computes its answer from Moodle wildcards; Markpoint numeric items use their own formulas',
  calculatedmulti: 'computes its answers from Moodle wildcards; Markpoint has no calculated multiple choice',
  multianswer: 'embeds several sub-questions in one text (Cloze); a Markpoint item has one response',
  description: 'is text without a question, nothing to answer',
  random: 'is drawn from a Moodle category at attempt time, not a question itself',
  randomsamatch: 'builds a matching question from other questions at attempt time',
};

// One `<question>` (not a category) as an item, or an ImportRefusal saying why not.
export function readMoodleQuestion(question: MoodleNode, categoryKey: string | null): ImportedItem {
  const type = attribute(question, 'type') ?? '';
  if (type === '') refuse('the question has no type attribute');
  const stem = readableText(question, 'questiontext');
  const maxScore = maxScoreOf(question);
  const tags = readTags(children(child(question, 'tags'), 'tag').map((tag) => rawText(tag)));
  const { content, incorrect } = readContent(type, question, stem, maxScore);
  if (stem === '' && content.type !== 'NUMERIC') refuse('the question has no text');
  const feedback: ItemFeedback = { correct: readableText(question, 'generalfeedback'), incorrect };
  const level: CognitiveLevel = tags.level ?? 'RECALL';
  return { content, markingPointKey: tags.markingPointKey ?? categoryKey, level, feedback, maxScore };
}

// The question's name, or the start of its text, to point a teacher at a refused question.
export function questionLabel(question: MoodleNode): string {
  const name = rawText(question, 'name');
  if (name) return name;
  const text = readableText(question, 'questiontext');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text || '(unnamed question)';
}

function readContent(type: string, question: MoodleNode, stem: string, maxScore: number): MoodleContent {
  switch (type) {
    case 'multichoice':
      return readMultichoice(question, stem);
    case 'truefalse':
      return readTrueFalse(question, stem);
    case 'matching':
      return readMatching(question, stem);
    case 'ordering':
      return readOrdering(question, stem);
    case 'numerical':
      return readNumerical(question);
    case 'shortanswer':
      return readShortAnswer(question, stem);
    case 'essay':
      return readEssay(question, stem, maxScore);
    default:
      return refuse(`question type "${type}" ${UNSUPPORTED[type] ?? 'has no Markpoint equivalent'}`);
  }
}

function maxScoreOf(question: MoodleNode): number {
  const written = ownText(child(question, 'defaultgrade'));
  if (written === '') return 1;
  const value = Number(written);
  if (!Number.isFinite(value) || value <= 0) refuse(`defaultgrade "${written}" is not a positive number`);
  return value;
}
