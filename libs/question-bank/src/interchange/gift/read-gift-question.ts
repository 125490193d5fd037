import type { ExtendedResponseContent, RubricCriterion } from '@markpoint/grading';
import type { ImportedItem } from '../import-result';
import { markingPointKeyOfCategory } from '../utils/categories';
import { refuse } from '../utils/import-refusal';
import { readMetadata } from '../utils/metadata';
import { numericFromMetadata } from '../utils/numeric-from-metadata';
import { criterionId } from '../utils/positional-ids';
import { shortText } from '../utils/short-text';
import { readTags } from '../utils/tags';
import type { GiftBlock } from './gift-blocks';
import { protect, readableGift, splitFormat, unprotect } from './gift-text';
import {
  giftNumericIncorrect,
  readGiftChoices,
  readGiftMatching,
  readGiftShortAnswer,
  readGiftTrueFalse,
  type GiftAnswers,
} from './read-gift-answers';

const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];

// The marking point key of a `$CATEGORY:` block, or undefined when the block is not one.
export function giftCategoryKey(block: GiftBlock): string | null | undefined {
  if (!block.text.startsWith('$CATEGORY:')) return undefined;
  return markingPointKeyOfCategory(block.text.slice('$CATEGORY:'.length).trim());
}

// The question's `::name::`, or the start of its text, to point a teacher at a refused question.
export function giftLabel(block: GiftBlock): string {
  const name = /^::(.*?)::/s.exec(protect(block.text))?.[1];
  return shortText(unprotect(name ?? block.text), 60) || '(unnamed question)';
}

// One GIFT question as an item, or an ImportRefusal saying why not.
export function readGiftQuestion(block: GiftBlock, categoryKey: string | null): ImportedItem {
  const metadata = readMetadata(block.comments);
  if (metadata.found && 'error' in metadata) refuse(metadata.error);
  const extra = metadata.found && 'value' in metadata ? metadata.value : {};
  const maxScore = extra['maxScore'] ?? 1;
  if (typeof maxScore !== 'number' || !(maxScore > 0))
    refuse('the markpoint comment has no positive maxScore');

  const parts = questionParts(protect(block.text));
  const { format, text } = splitFormat(parts.questionText, 'moodle');
  const stem = readableGift(text, format);
  const general = splitFormat(parts.generalFeedback, format);
  const { answer } = parts;

  let read: GiftAnswers;
  if (answer === '') {
    read = { content: essayContent(stem, extra, maxScore), incorrect: '' };
  } else if (answer.startsWith('#')) {
    const content = numericFromMetadata(metadata, 'GIFT numerical');
    read = { content, incorrect: giftNumericIncorrect(answer, format) };
  } else if (answer.startsWith('>')) {
    refuse('ordering questions ({>…}) are a Moodle plugin extension of GIFT that Markpoint does not read');
  } else if (answer.includes('~')) {
    read = readGiftChoices(answer, stem, format);
  } else if (answer.includes('=') && answer.includes('->')) {
    read = readGiftMatching(answer, stem, format);
  } else if (TRUE_FALSE.includes(answer.split('#')[0]?.trim() ?? '')) {
    read = readGiftTrueFalse(answer, stem, format);
  } else {
    read = readGiftShortAnswer(answer, stem, format);
  }
  if (stem === '' && read.content.type !== 'NUMERIC') refuse('the question has no text');

  const tags = readTags(giftTags(block.comments));
  const incorrect = typeof extra['incorrect'] === 'string' ? extra['incorrect'] : read.incorrect;
  return {
    content: read.content,
    markingPointKey: tags.markingPointKey ?? categoryKey,
    level: tags.level ?? 'RECALL',
    feedback: { correct: readableGift(general.text, general.format), incorrect },
    maxScore,
  };
}

interface QuestionParts {
  questionText: string;
  answer: string;
  generalFeedback: string;
}

// Name, question text, answer block and general feedback, as Moodle's GIFT reader finds them.
function questionParts(protectedText: string): QuestionParts {
  let text = protectedText;
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    text = end === -1 ? text.slice(2) : text.slice(end + 2).trim();
  }
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  if (start === -1 && finish === -1) refuse('it has no answer block ({…}): a description, not a question');
  if (start === -1) refuse('a "}" has no "{" before it');
  if (finish === -1) refuse('the "{" has no closing "}"');
  if (finish < start) refuse('a "}" comes before the "{"');
  const after = text.slice(finish + 1);
  if (after.includes('{')) refuse('it has more than one answer block ({…}); a GIFT question has one');
  // Answers before the end are a "missing word" question: the blank shows where they were.
  const questionText = after.trim() === '' ? text.slice(0, start) : `${text.slice(0, start)}_____${after}`;
  let answer = text.slice(start + 1, finish).trim();
  let generalFeedback = '';
  const separator = answer.lastIndexOf('####');
  if (separator !== -1) {
    generalFeedback = answer.slice(separator + 4);
    answer = answer.slice(0, separator).trim();
  }
  return { questionText: questionText.trim(), answer, generalFeedback };
}

function essayContent(
  stem: string,
  extra: Record<string, unknown>,
  maxScore: number,
): ExtendedResponseContent {
  const guidance = typeof extra['guidance'] === 'string' ? extra['guidance'] : '';
  const rubric = Array.isArray(extra['rubric']) ? extra['rubric'].map(criterionOf) : [];
  // Without Markpoint's comment GIFT gives no rubric: one criterion marks the answer as a whole.
  if (rubric.length === 0)
    rubric.push({ id: criterionId(0), description: 'The answer as a whole', marks: maxScore });
  return { type: 'EXTENDED_RESPONSE', stem, rubric, guidance };
}

function criterionOf(value: unknown, index: number): RubricCriterion {
  const { description, marks } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (typeof description !== 'string' || typeof marks !== 'number' || !(marks >= 0)) {
    refuse(`the markpoint comment's rubric criterion ${index + 1} needs a description and marks`);
  }
  return { id: criterionId(index), description, marks };
}

// Moodle's GIFT reader takes "[tag:…]" in the question's comments as tags ("\]" is a literal "]").
function giftTags(comments: readonly string[]): string[] {
  const tags: string[] = [];
  for (const match of comments.join('\n').matchAll(/\[tag:((?:\\\]|[^\]<>`\p{Cc}])+)\]/gu)) {
    tags.push((match[1] ?? '').replace(/\\\]/g, ']').trim());
  }
  return tags;
}
