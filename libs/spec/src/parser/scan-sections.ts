import { ParseWarning, SpecLine, SpecSectionKind } from './topic-spec';
import { bulletText, isRule } from './bullets';
import { CANONICAL_HEADINGS, HeadingCandidate, readHeading } from './section-headings';
import { normaliseInline, splitLines } from './normalise-text';

export interface ScannedSection {
  kind: SpecSectionKind;
  /** The heading line as written, trimmed. */
  heading: string;
  /** The heading's words without decoration (`##`, bold, trailing colon). */
  title: string;
  line: number;
  items: SpecLine[];
  /** Text lines that were neither a bullet nor the continuation of one, and so were dropped. */
  strayLines: number[];
}

export interface ScannedDocument {
  /** Paragraphs and bullets before the first heading (usually the cut-off opening line). */
  preamble: SpecLine[];
  sections: ScannedSection[];
  warnings: ParseWarning[];
  /** The last line holding any text. */
  lastLine: number;
}

// A bullet ending like this is finished, so a capitalised line after it is not its continuation.
const FINISHED_SENTENCE = /[.!?;:)"”’']$/;

/** Walks the lines once, cutting the document into headed sections of bullets and paragraphs. */
export function scanSections(text: string): ScannedDocument {
  const lines = splitLines(text);
  const preamble: ScannedSection = {
    kind: 'OTHER',
    heading: '',
    title: '',
    line: 0,
    items: [],
    strayLines: [],
  };
  const sections: ScannedSection[] = [];
  const warnings: ParseWarning[] = [];
  let section = preamble;
  let item: SpecLine | undefined;
  let itemIsBullet = false;
  // Only the item's last line is tested for a finished sentence: testing the joined text would copy
  // it once per line.
  let itemLastLine = '';
  let previousBlank = true;
  let lastLine = 0;

  // The next line holding text for every line, found in one backward pass so that a long file of
  // heading-like lines stays linear.
  const nextContent: (string | undefined)[] = [];
  for (let index = lines.length - 1, next: string | undefined; index >= 0; index--) {
    nextContent[index] = next;
    if (lines[index].trim() !== '' && !isRule(lines[index])) next = lines[index];
  }
  const nextIsBullet = (index: number): boolean => {
    const next = nextContent[index];
    return next !== undefined && bulletText(next) !== undefined;
  };
  const nextIsKnownHeading = (index: number): boolean => {
    const next = nextContent[index];
    return next !== undefined && readHeading(next)?.kind !== undefined;
  };
  // Only a bullet is guarded: a short capitalised line after a paragraph is a heading, since the
  // opening line is usually cut off mid-word right before "Topic Synopsis".
  const looksLikeContinuation = (candidate: HeadingCandidate): boolean =>
    item !== undefined &&
    itemIsBullet &&
    !previousBlank &&
    !FINISHED_SENTENCE.test(itemLastLine) &&
    !candidate.marked;
  const paragraphs = (): boolean => section === preamble || section.kind === 'SYNOPSIS';

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || isRule(trimmed)) {
      previousBlank = true;
      return;
    }
    lastLine = lineNo;
    const bullet = bulletText(trimmed);
    if (bullet !== undefined) {
      previousBlank = false;
      if (bullet === '') {
        item = undefined;
        warnings.push({
          line: lineNo,
          section: sectionName(section),
          message: `Line ${lineNo} is an empty bullet; it was ignored.`,
        });
        return;
      }
      item = { text: bullet, line: lineNo, endLine: lineNo };
      itemIsBullet = true;
      itemLastLine = bullet;
      section.items.push(item);
      return;
    }
    const candidate = readHeading(trimmed);
    if (candidate && isSectionHeading(candidate, index)) {
      section = {
        kind: candidate.kind ?? 'OTHER',
        heading: trimmed,
        title: candidate.text,
        line: lineNo,
        items: [],
        strayLines: [],
      };
      sections.push(section);
      item = undefined;
      previousBlank = true;
      return;
    }
    const wasBlank = previousBlank;
    previousBlank = false;
    if (item && (!wasBlank || /^\s/.test(raw))) {
      item.text = `${item.text} ${trimmed}`;
      item.endLine = lineNo;
      itemLastLine = trimmed;
    } else if (paragraphs()) {
      item = { text: trimmed, line: lineNo, endLine: lineNo };
      itemIsBullet = false;
      itemLastLine = trimmed;
      section.items.push(item);
    } else {
      section.strayLines.push(lineNo);
      warnings.push({
        line: lineNo,
        section: sectionName(section),
        message: `Line ${lineNo} in '${sectionName(section)}' is not a bullet and follows no bullet, so it was ignored: start it with '- '.`,
      });
    }
  });

  function isSectionHeading(candidate: HeadingCandidate, index: number): boolean {
    if (candidate.kind === undefined) return nextIsBullet(index) && !looksLikeContinuation(candidate);
    // A cut-off opening line can read like a heading ("Key concepts of food"); the real one follows it.
    if (section === preamble && !candidate.exact && !candidate.marked && nextIsKnownHeading(index))
      return false;
    // A wrapped line is never exactly "Examiner Marking Points", so an exact heading always opens a section.
    return candidate.exact || !(looksLikeContinuation(candidate) && !nextIsBullet(index));
  }

  for (const scanned of [preamble, ...sections]) {
    for (const scannedItem of scanned.items) scannedItem.text = normaliseInline(scannedItem.text);
  }
  return { preamble: preamble.items, sections, warnings, lastLine };
}

/** How warnings name a section: the reference heading of a known one, or an unknown one's own words. */
export function sectionName(section: ScannedSection): string | undefined {
  if (section.title === '') return undefined;
  return section.kind === 'OTHER' ? section.title : CANONICAL_HEADINGS[section.kind];
}
