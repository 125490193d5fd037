import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '@markpoint/tenancy';

/**
 * Limits per API key (the guard before it has authenticated the request), else per client
 * address. Counters live in this process: with N replicas a key gets up to N × the limit.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as AuthenticatedRequest;
    return Promise.resolve(r.apiKey ? `key:${r.apiKey.prefix}` : `ip:${r.ip ?? 'unknown'}`);
  }
}
