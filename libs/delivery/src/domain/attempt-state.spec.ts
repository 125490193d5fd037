import { assertTransition, AttemptTransitionError, canTransition, type AttemptStatus } from './attempt-state';

describe('attempt lifecycle', () => {
  const all: AttemptStatus[] = ['IN_PROGRESS', 'SUBMITTED', 'AWAITING_MANUAL', 'GRADED'];
  const allowed = new Set([
    'IN_PROGRESS>SUBMITTED',
    'SUBMITTED>GRADED',
    'SUBMITTED>AWAITING_MANUAL',
    'AWAITING_MANUAL>GRADED',
  ]);

  it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))(
    'should allow %s → %s only when the lifecycle says so',
    (from, to) => {
      expect(canTransition(from, to)).toBe(allowed.has(`${from}>${to}`));
    },
  );

  it('should throw a named error for a forbidden transition', () => {
    expect(() => assertTransition('GRADED', 'IN_PROGRESS')).toThrow(AttemptTransitionError);
    expect(() => assertTransition('GRADED', 'IN_PROGRESS')).toThrow(
      'An attempt cannot go from GRADED to IN_PROGRESS',
    );
  });
});
