/**
 * The attempt lifecycle, enforced here and only here:
 * IN_PROGRESS → SUBMITTED → GRADED, or SUBMITTED → AWAITING_MANUAL → GRADED when a person must mark.
 */
export type AttemptStatus = 'IN_PROGRESS' | 'SUBMITTED' | 'AWAITING_MANUAL' | 'GRADED';

const TRANSITIONS: Record<AttemptStatus, readonly AttemptStatus[]> = {
  IN_PROGRESS: ['SUBMITTED'],
  SUBMITTED: ['GRADED', 'AWAITING_MANUAL'],
  AWAITING_MANUAL: ['GRADED'],
  GRADED: [],
};

export class AttemptTransitionError extends Error {
  constructor(
    readonly from: AttemptStatus,
    readonly to: AttemptStatus,
  ) {
    super(`An attempt cannot go from ${from} to ${to}`);
  }
}

export function canTransition(from: AttemptStatus, to: AttemptStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: AttemptStatus, to: AttemptStatus): void {
  if (!canTransition(from, to)) throw new AttemptTransitionError(from, to);
}
