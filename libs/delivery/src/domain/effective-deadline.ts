import type { QuizSettings } from './quiz-settings';

/** Start + limit × the learner's multiplier, capped by the close time; null when untimed and never closing. */
export function effectiveDeadline(
  start: Date,
  settings: Pick<QuizSettings, 'timeLimitMinutes' | 'closesAt'>,
  multiplier: number,
): Date | null {
  const byLimit =
    settings.timeLimitMinutes === null
      ? null
      : new Date(start.getTime() + settings.timeLimitMinutes * multiplier * 60_000);
  const close = settings.closesAt ? new Date(settings.closesAt) : null;
  if (byLimit && close) return byLimit < close ? byLimit : close;
  return byLimit ?? close;
}

/** "45 min, extended from 30" — what the learner is told about their time. */
export function describeTimeLimit(timeLimitMinutes: number | null, multiplier: number): string | null {
  if (timeLimitMinutes === null) return null;
  const effective = Math.round(timeLimitMinutes * multiplier);
  return multiplier === 1 ? `${effective} min` : `${effective} min, extended from ${timeLimitMinutes}`;
}
