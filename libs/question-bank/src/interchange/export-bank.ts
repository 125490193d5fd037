import type { ItemDraft } from '@markpoint/grading';

/** A marking point as the exports name it: its stable key, its text and its line in the spec. */
export interface ExportMarkingPoint {
  key: string;
  text: string;
  line: number;
}

/** What every export format takes: one topic's bank with the marking points its items assess. */
export interface ExportBank {
  title: string;
  topic: string;
  markingPoints: ExportMarkingPoint[];
  items: ItemDraft[];
}
