import { KeyConcept, ParseWarning, SpecLine } from './topic-spec';
import { CANONICAL_HEADINGS } from './section-headings';

const MAX_NAME_WORDS = 10;
const DERIVED_NAME_WORDS = 5;
const TRAILING_SMALL_WORDS = new Set(
  'a an and are as by for from in is its of on or that the their to which who with'.split(' '),
);

/**
 * Splits a key concept bullet into `Name: description` (a spaced dash is accepted too). A bullet
 * without a name gets one from its first words, and a warning naming its line.
 */
export function toKeyConcept(item: SpecLine, warnings: ParseWarning[]): KeyConcept {
  const named = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(item.text) ?? /^(.+?)\s+[–—-]\s+(.+)$/.exec(item.text);
  const name = named ? stripEmphasis(named[1]) : '';
  if (named && name !== '' && name.split(' ').length <= MAX_NAME_WORDS) {
    const description = named[2].replace(/^[*_]+\s*/, '').trim();
    if (description === '') {
      warnings.push({
        line: item.line,
        section: CANONICAL_HEADINGS.KEY_CONCEPTS,
        message: `Key concept '${name}' (line ${item.line}) has no description after its colon.`,
      });
    }
    return { ...item, name, description };
  }
  const derived = deriveName(item.text);
  warnings.push({
    line: item.line,
    section: CANONICAL_HEADINGS.KEY_CONCEPTS,
    message:
      `Key concept on line ${item.line} is not written as 'Name: description'; ` +
      `it was named '${derived}' from its first words.`,
  });
  return { ...item, name: derived, description: item.text };
}

function deriveName(text: string): string {
  const clause = text.split(/[,;:(]|\s[–—-]\s|\.\s|\.$/)[0];
  const words = clause.trim().split(/\s+/).slice(0, DERIVED_NAME_WORDS);
  while (words.length > 1 && TRAILING_SMALL_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

function stripEmphasis(name: string): string {
  return name.replace(/^[*_]+|[*_]+$/g, '').trim();
}
