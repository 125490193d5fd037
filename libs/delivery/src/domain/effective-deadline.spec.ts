import { describeTimeLimit, effectiveDeadline } from './effective-deadline';

describe('effectiveDeadline', () => {
  const start = new Date('2026-11-23T10:00:00.000Z');

  it('should extend the limit by the learner multiplier', () => {
    expect(effectiveDeadline(start, { timeLimitMinutes: 30, closesAt: null }, 1.5)?.toISOString()).toBe(
      '2026-11-23T10:45:00.000Z',
    );
  });

  it('should cap the deadline at the close time', () => {
    expect(
      effectiveDeadline(
        start,
        { timeLimitMinutes: 30, closesAt: '2026-11-23T10:20:00.000Z' },
        1,
      )?.toISOString(),
    ).toBe('2026-11-23T10:20:00.000Z');
  });

  it('should have no deadline for an untimed quiz that never closes', () => {
    expect(effectiveDeadline(start, { timeLimitMinutes: null, closesAt: null }, 2)).toBeNull();
  });

  it('should tell the learner the extended limit and the original', () => {
    expect(describeTimeLimit(30, 1.5)).toBe('45 min, extended from 30');
    expect(describeTimeLimit(30, 1)).toBe('30 min');
    expect(describeTimeLimit(null, 2)).toBeNull();
  });
});
