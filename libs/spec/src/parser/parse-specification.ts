import { KeyConcept, ParsedSpec, ParseWarning, SpecLine, SpecSection, SpecSectionKind } from './topic-spec';
import { SpecException, SpecExceptionCode } from '../exceptions/spec.exception';
import { decodeSpecInput } from './decode-input';
import { contentHashOf } from './normalise-text';
import { ScannedDocument, ScannedSection, scanSections, sectionName } from './scan-sections';
import { CANONICAL_HEADINGS } from './section-headings';
import { toKeyConcept } from './key-concepts';
import { markingPointKey } from './marking-point-key';

export interface ParseSpecificationOptions {
  /** Largest accepted upload in bytes; 256 KiB by default. */
  maxBytes?: number;
}

const MARKING_POINTS = CANONICAL_HEADINGS.MARKING_POINTS;

/**
 * Parses a topic specification (synopsis, key concepts, exam tips, misconceptions and examiner
 * marking points) and keeps the 1-based lines every piece came from. Tolerates CRLF, a BOM, other
 * bullet styles, loose headings and wrapped bullets, warning about what it had to guess.
 *
 * @throws SpecException when the input is not a usable specification (see SpecExceptionCode).
 */
export function parseSpecification(
  input: string | Buffer,
  options: ParseSpecificationOptions = {},
): ParsedSpec {
  const text = decodeSpecInput(input, options.maxBytes);
  const scanned = scanSections(text);
  const warnings = [...scanned.warnings];
  requireMarkingPoints(scanned);
  const itemsOf = (kind: SpecSectionKind): SpecLine[] => mergeSections(scanned.sections, kind, warnings);
  const markingPoints = withoutDuplicates(itemsOf('MARKING_POINTS'), warnings);

  const [openingLine, ...laterPreamble] = scanned.preamble;
  let synopsis = itemsOf('SYNOPSIS');
  if (synopsis.length === 0 && scanned.preamble.length > 0) {
    synopsis = scanned.preamble;
    warnings.push({
      line: openingLine.line,
      message: `No '${CANONICAL_HEADINGS.SYNOPSIS}' heading: the text before the first heading (line ${openingLine.line}) was used as the synopsis.`,
    });
  } else {
    for (const unused of laterPreamble) {
      warnings.push({
        line: unused.line,
        message: `Line ${unused.line} comes before the first heading and was not used.`,
      });
    }
  }
  const keyConcepts: KeyConcept[] = itemsOf('KEY_CONCEPTS').map((item) => toKeyConcept(item, warnings));
  const examTips = itemsOf('EXAM_TIPS');
  const misconceptions = itemsOf('MISCONCEPTIONS');
  const extraSections = scanned.sections
    .filter((section) => section.kind === 'OTHER')
    .map((section) => toExtraSection(section, warnings));

  return {
    ...(openingLine ? { openingLine } : {}),
    synopsis,
    keyConcepts,
    examTips,
    misconceptions,
    markingPoints,
    extraSections,
    warnings: warnings.sort((a, b) => a.line - b.line),
    contentHash: contentHashOf(text),
  };
}

function requireMarkingPoints(scanned: ScannedDocument): void {
  const sections = scanned.sections.filter((section) => section.kind === 'MARKING_POINTS');
  if (sections.length === 0) {
    const found = scanned.sections.map((section) => `${section.title} (line ${section.line})`).join(', ');
    const has = found === '' ? 'has no section headings' : `has sections ${found}`;
    throw new SpecException(
      `No '${MARKING_POINTS}' section: the document ${has}. ` +
        `Add an '${MARKING_POINTS}' heading followed by one '- ' bullet per marking point.`,
      SpecExceptionCode.NO_MARKING_POINTS_SECTION,
      [
        {
          section: MARKING_POINTS,
          line: scanned.lastLine,
          message: `no '${MARKING_POINTS}' heading up to the last line`,
        },
      ],
    );
  }
  if (sections.every((section) => section.items.length === 0)) {
    const [first] = sections;
    const stray = sections.flatMap((section) => section.strayLines);
    const strayNote =
      stray.length === 0
        ? ''
        : ` (line ${stray.join(', ')} under it ${stray.length === 1 ? 'has' : 'have'} no bullet marker)`;
    throw new SpecException(
      `The '${MARKING_POINTS}' section (line ${first.line}) has no marking points${strayNote}: add one '- ' bullet per marking point.`,
      SpecExceptionCode.NO_MARKING_POINTS,
      [
        { section: MARKING_POINTS, line: first.line, message: 'no bullet under the heading' },
        ...stray.map((line) => ({
          section: MARKING_POINTS,
          line,
          message: "not a bullet: start the line with '- '",
        })),
      ],
    );
  }
}

function mergeSections(
  sections: ScannedSection[],
  kind: SpecSectionKind,
  warnings: ParseWarning[],
): SpecLine[] {
  const ofKind = sections.filter((section) => section.kind === kind);
  ofKind.forEach((section, index) => {
    const name = sectionName(section);
    if (index > 0) {
      warnings.push({
        line: section.line,
        section: name,
        message: `'${name}' appears again on line ${section.line} (first on line ${ofKind[0].line}); their bullets were merged.`,
      });
    }
    if (section.items.length === 0) {
      warnings.push({
        line: section.line,
        section: name,
        message: `The '${name}' section (line ${section.line}) is empty.`,
      });
    }
  });
  return ofKind.flatMap((section) => section.items);
}

function toExtraSection(section: ScannedSection, warnings: ParseWarning[]): SpecSection {
  const count = section.items.length;
  warnings.push({
    line: section.line,
    section: section.title,
    message:
      `Line ${section.line} '${section.title}' is not a known section heading; ` +
      `its ${count} bullet${count === 1 ? ' was' : 's were'} kept as an extra section.`,
  });
  return { kind: 'OTHER', heading: section.heading, line: section.line, items: section.items };
}

function withoutDuplicates(markingPoints: SpecLine[], warnings: ParseWarning[]): SpecLine[] {
  const firstByKey = new Map<string, SpecLine>();
  for (const point of markingPoints) {
    const key = markingPointKey(point.text);
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, point);
      continue;
    }
    warnings.push({
      line: point.line,
      section: MARKING_POINTS,
      message: `Marking point on line ${point.line} repeats the one on line ${first.line}; it was kept once.`,
    });
  }
  return [...firstByKey.values()];
}
