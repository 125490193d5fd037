import type { CognitiveLevel, ItemContent, ItemFeedback } from '@markpoint/grading';

/** One question read from an interchange file, ready to become an item. */
export interface ImportedItem {
  content: ItemContent;
  /** From an `mp:<key>` tag or an `mp-…` category; null when the file names none. */
  markingPointKey: string | null;
  /** From a `level:<level>` tag; RECALL when the file names none. */
  level: CognitiveLevel;
  feedback: ItemFeedback;
  maxScore: number;
}

/** A question that could not be imported: where it starts in the file and why. */
export interface ImportError {
  /** 1-based line of the question's start in the imported text. */
  line: number;
  /** The question's name, or the start of its text when it has none. */
  question: string;
  reason: string;
}

export interface ImportResult {
  items: ImportedItem[];
  errors: ImportError[];
}
