import type { Fault, FaultLocation } from './types';

/** Which service a request reached; a score post is also an AGS request. */
export type ServiceKind = 'token' | 'ags' | 'scores' | 'nrps';

interface Rule {
  remaining: number;
  fault: Fault;
  where: FaultLocation;
}

function matches(where: FaultLocation, kind: ServiceKind): boolean {
  switch (where) {
    case 'any':
      return true;
    case 'ags':
      return kind === 'ags' || kind === 'scores';
    case 'token':
    case 'scores':
    case 'nrps':
      return where === kind;
  }
}

/**
 * Decides whether a service request fails before the platform looks at it, the way a load balancer
 * or an overloaded LMS would: outage first, then queued one-off faults, then the random rate.
 */
export class FaultInjector {
  private rules: Rule[] = [];
  private outageUntil = 0;
  private rate = 0;
  private rateStatus = 500;

  constructor(private readonly random: () => number = Math.random) {}

  failNext(n: number, fault: Fault, where: FaultLocation): void {
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`failNext: n must be a non-negative integer, got ${n}`);
    if (n > 0) this.rules.push({ remaining: n, fault, where });
  }

  outage(ms: number): void {
    this.outageUntil = Date.now() + ms;
  }

  failureRate(rate: number, status: number): void {
    if (!(rate >= 0 && rate <= 1)) throw new Error(`failureRate: rate must be within 0..1, got ${rate}`);
    this.rate = rate;
    this.rateStatus = status;
  }

  reset(): void {
    this.rules = [];
    this.outageUntil = 0;
    this.rate = 0;
  }

  take(kind: ServiceKind): Fault | undefined {
    if (Date.now() < this.outageUntil) return { status: 503 };
    const rule = this.rules.find((candidate) => candidate.remaining > 0 && matches(candidate.where, kind));
    if (rule) {
      rule.remaining--;
      this.rules = this.rules.filter((candidate) => candidate.remaining > 0);
      return rule.fault;
    }
    if (this.rate > 0 && this.random() < this.rate) return { status: this.rateStatus };
    return undefined;
  }
}
