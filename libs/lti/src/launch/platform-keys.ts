import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LaunchRefusal, LtiLaunchError } from './lti-launch.error';

const MAX_AGE_MS = 10 * 60 * 1000;
const MIN_REFETCH_MS = 1000;
const FETCH_TIMEOUT_MS = 5000;

interface CachedSet {
  keys: Map<string, KeyObject>;
  fetchedAt: number;
}

/**
 * Each platform's key set, cached for ten minutes. A kid it does not know triggers one refetch
 * (platforms rotate keys), at most once a second per platform so a flood of forged kids cannot
 * turn into a flood of fetches.
 */
@Injectable()
export class PlatformKeys {
  private readonly sets = new Map<string, CachedSet>();
  private readonly inflight = new Map<string, Promise<CachedSet>>();

  /** The public key named by kid (a key object, built once per fetch, not once per launch). */
  async keyFor(jwksUrl: string, kid: string): Promise<KeyObject> {
    let set = this.sets.get(jwksUrl);
    if (!set || Date.now() - set.fetchedAt > MAX_AGE_MS) set = await this.load(jwksUrl);
    if (!set.keys.has(kid) && Date.now() - set.fetchedAt >= MIN_REFETCH_MS) set = await this.load(jwksUrl);
    const key = set.keys.get(kid);
    if (!key)
      throw new LtiLaunchError(LaunchRefusal.UNKNOWN_KID, `kid ${kid} not in ${jwksUrl} after a refetch`);
    return key;
  }

  private load(url: string): Promise<CachedSet> {
    const running = this.inflight.get(url);
    if (running) return running;
    const loading = this.fetchSet(url).finally(() => this.inflight.delete(url));
    this.inflight.set(url, loading);
    return loading;
  }

  private async fetchSet(url: string): Promise<CachedSet> {
    let jwks: { keys: (JsonWebKey & { kid?: unknown; use?: unknown })[] };
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': 'Markpoint-LTI/1' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      jwks = (await res.json()) as typeof jwks;
      if (!Array.isArray(jwks.keys)) throw new Error('no keys array');
    } catch (error) {
      throw new LtiLaunchError(
        LaunchRefusal.JWKS_UNAVAILABLE,
        `${url}: ${error instanceof Error ? error.message : String(error)}`,
        502,
      );
    }
    const keys = new Map<string, KeyObject>();
    for (const jwk of jwks.keys) {
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || (jwk.use !== undefined && jwk.use !== 'sig'))
        continue;
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        // A key this set cannot describe is left out; a token naming it is refused as UNKNOWN_KID.
      }
    }
    const set: CachedSet = { keys, fetchedAt: Date.now() };
    this.sets.set(url, set);
    return set;
  }
}
