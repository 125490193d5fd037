/** The sections a topic specification may contain, in the order they usually appear. */
export type SpecSectionKind =
  'SYNOPSIS' | 'KEY_CONCEPTS' | 'EXAM_TIPS' | 'MISCONCEPTIONS' | 'MARKING_POINTS' | 'OTHER';

/** One bullet (or synopsis paragraph) with the 1-based lines it spans in the original text. */
export interface SpecLine {
  text: string;
  line: number;
  endLine: number;
}

/** A key concept bullet written as `Name: description`. */
export interface KeyConcept extends SpecLine {
  name: string;
  description: string;
}

export interface SpecSection {
  kind: SpecSectionKind;
  /** The heading as written in the file. */
  heading: string;
  line: number;
  items: SpecLine[];
}

export interface ParseWarning {
  line: number;
  section?: string;
  message: string;
}

/** What `parseSpecification` returns: every piece keeps the lines it came from. */
export interface ParsedSpec {
  /** The first line of the file (often the synopsis cut off mid-word), when it is not a heading. */
  openingLine?: SpecLine;
  synopsis: SpecLine[];
  keyConcepts: KeyConcept[];
  examTips: SpecLine[];
  misconceptions: SpecLine[];
  markingPoints: SpecLine[];
  /** Sections with headings the parser does not know; kept, and each one warned about. */
  extraSections: SpecSection[];
  warnings: ParseWarning[];
  /** SHA-256 of the normalised text (BOM, CRLF and trailing space removed). */
  contentHash: string;
}
