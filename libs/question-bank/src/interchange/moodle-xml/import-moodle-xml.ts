import { XMLValidator } from 'fast-xml-parser';
import type { ImportError, ImportResult, ImportedItem } from '../import-result';
import { markingPointKeyOfCategory } from '../utils/categories';
import { ImportRefusal } from '../utils/import-refusal';
import { lineAt } from '../utils/line-at';
import {
  attribute,
  child,
  children,
  moodleParser,
  rawText,
  startOffset,
  type MoodleNode,
} from './moodle-node';
import { questionLabel, readMoodleQuestion } from './read-moodle-question';

/**
 * Reads Moodle XML: the question types Markpoint exports, with the marking point taken from an
 * `mp:` tag or the `mp-…` category the question sits in. Every question that cannot be imported
 * is reported with the line it starts on and why; the others are still imported.
 */
export function importMoodleXml(xml: string): ImportResult {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, msg } = wellFormed.err;
    return {
      items: [],
      errors: [{ line, question: '(file)', reason: `the file is not well-formed XML: ${msg}` }],
    };
  }
  let document: MoodleNode;
  try {
    document = moodleParser.parse(xml) as MoodleNode;
  } catch (error) {
    // Well-formed but refused by the parser's limits (entity expansion, nesting depth).
    const reason = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { items: [], errors: [{ line: 1, question: '(file)', reason }] };
  }
  const quiz = child(document, 'quiz');
  if (!quiz) {
    return {
      items: [],
      errors: [{ line: 1, question: '(file)', reason: 'the file has no <quiz> root element' }],
    };
  }

  const items: ImportedItem[] = [];
  const errors: ImportError[] = [];
  let categoryKey: string | null = null;
  for (const question of children(quiz, 'question')) {
    if (attribute(question, 'type') === 'category') {
      // Every question up to the next category belongs to this one.
      categoryKey = markingPointKeyOfCategory(rawText(question, 'category'));
      continue;
    }
    try {
      items.push(readMoodleQuestion(question, categoryKey));
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      errors.push({
        line: lineAt(xml, startOffset(question)),
        question: questionLabel(question),
        reason: error.reason,
      });
    }
  }
  return { items, errors };
}
