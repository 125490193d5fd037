import type { ItemType } from '@markpoint/grading';

/** The options a bank was generated with, kept so it can be regenerated identically. */
export interface GenerationOptionsSnapshot {
  itemsPerMarkingPoint: number;
  types: ItemType[];
  packs: string[];
}

/** Lint findings and coverage at generation time (recomputed on demand by the quality endpoint). */
export interface BankQualitySnapshot {
  lintErrors: number;
  lintWarnings: number;
  markingPoints: number;
  markingPointsCovered: number;
}
