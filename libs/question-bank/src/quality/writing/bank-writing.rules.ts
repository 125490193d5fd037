import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { normaliseText } from '../rules/normalise-text';
import { contentTexts, isSentence, judgedStatements } from './item-texts';
import { overlap, similarity } from './text-patterns';

// Two statements this alike say the same thing (or its opposite).
const MIRROR_SIMILARITY = 0.5;
const DUPLICATE_SIMILARITY = 0.8;

/**
 * ERROR for a statement whose mirror (the same claim keyed the other way) or near-copy is judged
 * in an earlier item, and for a choice item asking an earlier item's question with the same key.
 */
export function mirrorPairRule(items: readonly ItemDraft[]): LintFinding[] {
  return items.flatMap((_, index) => mirrorFindingsAt(items, index));
}

/** The mirror-pair findings of one item against the items before it. */
export function mirrorFindingsAt(items: readonly ItemDraft[], index: number): LintFinding[] {
  const item = items[index];
  const findings: LintFinding[] = [];
  for (const statement of judgedStatements(item.content)) {
    for (let earlier = 0; earlier < index; earlier++) {
      const match = judgedStatements(items[earlier].content).find(
        (other) => similarity(other.text, statement.text) >= MIRROR_SIMILARITY,
      );
      if (!match) continue;
      const mirror = match.key !== statement.key;
      if (!mirror && similarity(match.text, statement.text) < DUPLICATE_SIMILARITY) continue;
      findings.push({
        rule: 'mirror-pair',
        severity: 'ERROR',
        itemIndex: index,
        field: statement.field,
        text: statement.text,
        message: mirror
          ? `mirrors item ${earlier + 1} ("${match.text}"), keyed the other way`
          : `repeats the statement of item ${earlier + 1} ("${match.text}")`,
      });
      break;
    }
  }
  const key = keyText(item);
  if (!key) return findings;
  const earlier = items.findIndex(
    (other, otherIndex) =>
      otherIndex < index &&
      other.content.type === item.content.type &&
      keyText(other) === key &&
      similarity(other.content.stem, item.content.stem) >= DUPLICATE_SIMILARITY,
  );
  if (earlier >= 0)
    findings.push({
      rule: 'mirror-pair',
      severity: 'ERROR',
      itemIndex: index,
      field: 'stem',
      text: item.content.stem,
      message: `asks the same as item ${earlier + 1} with the same key`,
    });
  return findings;
}

function keyText(item: ItemDraft): string | null {
  const keys = contentTexts(item.content).filter((text) => text.choice && text.key);
  if (item.content.type === 'SHORT_ANSWER') return normaliseText(item.content.acceptedAnswers[0] ?? '');
  return keys.length > 0
    ? keys
        .map((text) => normaliseText(text.text))
        .sort()
        .join('|')
    : null;
}

// A term may serve as an option in a few items; a whole statement belongs to one.
const MAX_TERM_USES = 3;

/**
 * ERROR when one statement (a sentence) is used in more than one item — the recycled misconception;
 * WARNING when a short option is recycled in more than three items.
 */
export function recycledTextRule(items: readonly ItemDraft[]): LintFinding[] {
  return items.flatMap((_, index) => recycledFindingsAt(items, index));
}

function reusableTexts(item: ItemDraft): string[] {
  const texts = contentTexts(item.content).filter(
    (text) => text.choice || item.content.type === 'TRUE_FALSE',
  );
  return [...new Set(texts.map((entry) => normaliseText(entry.text)))];
}

/** The recycled-text findings of one item: its statements and options already used before it. */
export function recycledFindingsAt(items: readonly ItemDraft[], index: number): LintFinding[] {
  const findings: LintFinding[] = [];
  const earlier = items.slice(0, index).map(reusableTexts);
  for (const text of reusableTexts(items[index])) {
    const before = earlier.flatMap((texts, other) => (texts.includes(text) ? [other] : []));
    const sentence = isSentence(`${text}.`) && text.split(' ').length >= 5;
    const limit = sentence ? 1 : MAX_TERM_USES;
    if (before.length < limit) continue;
    findings.push({
      rule: 'recycled-text',
      severity: sentence ? 'ERROR' : 'WARNING',
      itemIndex: index,
      text,
      message: `"${text}" is already used in item${before.length > 1 ? 's' : ''} ${before.map((other) => other + 1).join(', ')}`,
    });
  }
  return findings;
}

const MIN_ITEMS_FOR_PATTERN = 3;

/** WARNING when every multiple-response item has the same number of keys, or of distractors. */
export function predictableKeysRule(items: readonly ItemDraft[]): LintFinding[] {
  const multiple = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.content.type === 'MULTIPLE_RESPONSE');
  if (multiple.length < MIN_ITEMS_FOR_PATTERN) return [];
  const counts = multiple.map(({ item }) =>
    item.content.type === 'MULTIPLE_RESPONSE'
      ? {
          keys: item.content.correctOptionIds.length,
          wrong: item.content.options.length - item.content.correctOptionIds.length,
        }
      : { keys: 0, wrong: 0 },
  );
  const problems: string[] = [];
  if (new Set(counts.map((count) => count.keys)).size === 1)
    problems.push(`every multiple-response item has ${counts[0].keys} keys`);
  if (new Set(counts.map((count) => count.wrong)).size === 1)
    problems.push(`every multiple-response item has ${counts[0].wrong} distractors`);
  return problems.map((message) => ({
    rule: 'predictable-keys' as const,
    severity: 'WARNING' as const,
    itemIndex: null,
    message,
  }));
}

/**
 * When only the key of a single-choice item repeats words of the stem: WARNING, or ERROR when most
 * of the key's words are in the stem (the stem gives the answer away).
 */
export function stemClueRule(items: readonly ItemDraft[]): LintFinding[] {
  const findings: LintFinding[] = [];
  items.forEach((item, index) => {
    if (item.content.type !== 'SINGLE_CHOICE') return;
    const texts = contentTexts(item.content);
    const stem = item.content.stem;
    const key = texts.find((text) => text.choice && text.key);
    if (!key) return;
    const distractors = texts.filter((text) => text.choice && !text.key);
    const clue =
      similarity(key.text, stem) > 0 && distractors.every((text) => similarity(text.text, stem) === 0);
    if (clue)
      findings.push({
        rule: 'stem-clue',
        severity: overlap(key.text, stem) >= 0.5 ? 'ERROR' : 'WARNING',
        itemIndex: index,
        field: key.field,
        text: key.text,
        message: 'only the key repeats words of the stem',
      });
  });
  return findings;
}
