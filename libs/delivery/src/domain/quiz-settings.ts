import type { ItemType } from '@markpoint/grading';
import type { ItemStatus } from '@markpoint/question-bank';

export type GradingMethod = 'HIGHEST' | 'LATEST' | 'FIRST' | 'AVERAGE';
export const GRADING_METHODS: readonly GradingMethod[] = ['HIGHEST', 'LATEST', 'FIRST', 'AVERAGE'];
export type ReviewWhen = 'IMMEDIATELY' | 'AFTER_CLOSE' | 'NEVER';
export const REVIEW_WHEN: readonly ReviewWhen[] = ['IMMEDIATELY', 'AFTER_CLOSE', 'NEVER'];
export type QuizLayout = 'ONE_PER_PAGE' | 'ALL_ON_ONE_PAGE';

/** Which items an attempt draws: per marking point, of some types, capped at a total. */
export interface Blueprint {
  /** Items per marking point; null = every item of that marking point. */
  perMarkingPoint: number | null;
  /** Only these marking points (keys); empty = all of the bank's. */
  markingPoints: string[];
  /** Only these item types; empty = all. */
  types: ItemType[];
  /** At most this many items per attempt; null = no cap. */
  total: number | null;
}

export interface ReviewPolicy {
  when: ReviewWhen;
  showScore: boolean;
  showBreakdown: boolean;
  showCorrectAnswers: boolean;
  showFeedback: boolean;
}

export interface QuizSettings {
  /** null = untimed. */
  timeLimitMinutes: number | null;
  /** null = unlimited. */
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  passMarkPercent: number;
  opensAt: string | null;
  closesAt: string | null;
  shuffleItems: boolean;
  shuffleOptions: boolean;
  layout: QuizLayout;
  review: ReviewPolicy;
  /** Draw DRAFT items as well as APPROVED ones (for a teacher trying a bank out); RETIRED never. */
  includeDrafts: boolean;
}

export const DEFAULT_SETTINGS: QuizSettings = {
  timeLimitMinutes: null,
  attemptsAllowed: null,
  gradingMethod: 'HIGHEST',
  passMarkPercent: 50,
  opensAt: null,
  closesAt: null,
  shuffleItems: true,
  shuffleOptions: true,
  layout: 'ONE_PER_PAGE',
  review: {
    when: 'IMMEDIATELY',
    showScore: true,
    showBreakdown: true,
    showCorrectAnswers: true,
    showFeedback: true,
  },
  includeDrafts: false,
};

/** The item statuses a quiz with these settings draws from its bank. */
export function drawableStatuses(settings: Pick<QuizSettings, 'includeDrafts'>): ItemStatus[] {
  // Quizzes saved before drafts existed have no includeDrafts: they draw approved items only.
  return settings.includeDrafts === true ? ['APPROVED', 'DRAFT'] : ['APPROVED'];
}

/** Attempts a learner may make: the quiz's limit plus any extra from their accommodation; null = unlimited. */
export function allowedAttempts(
  settings: Pick<QuizSettings, 'attemptsAllowed'>,
  extraAttempts: number | null | undefined,
): number | null {
  return settings.attemptsAllowed === null ? null : settings.attemptsAllowed + (extraAttempts ?? 0);
}
