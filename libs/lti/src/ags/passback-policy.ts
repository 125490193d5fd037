/** How hard the worker tries before a score is dead-lettered. */
export interface PassbackPolicy {
  /** Tries in all, the first included. */
  maxTries: number;
  /** Delay before the second try; doubled for each further one, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
  /** Between two sweeps for pending rows that have no live job. */
  sweepIntervalMs: number;
}

export const PASSBACK_POLICY = Symbol('PASSBACK_POLICY');

/**
 * The wait before try number `tries + 1`: exponential with ±20% jitter (so a platform coming back
 * after an outage is not hit by every queued score at once), never shorter than Retry-After.
 */
export function nextDelayMs(
  policy: PassbackPolicy,
  tries: number,
  retryAfterMs?: number,
  random = Math.random(),
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, tries - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random));
  return Math.max(jittered, retryAfterMs ?? 0);
}
