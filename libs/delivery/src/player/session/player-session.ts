import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a player link proves: this attempt of this tenant, until `exp` (seconds since the epoch). */
export interface PlayerSessionPayload {
  attemptId: string;
  tenantId: string;
  exp: number;
}

export enum PlayerSessionErrorReason {
  MALFORMED = 'MALFORMED',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  EXPIRED = 'EXPIRED',
}

export class PlayerSessionError extends Error {
  constructor(
    message: string,
    readonly reason: PlayerSessionErrorReason,
  ) {
    super(message);
    this.name = 'PlayerSessionError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mac(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** `<base64url(JSON payload)>.<base64url(HMAC-SHA256 of the first part)>`: safe in a URL path. */
export function signPlayerSession(payload: PlayerSessionPayload, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

/** The payload of a token this secret signed and that has not expired; throws PlayerSessionError. */
export function verifyPlayerSession(
  token: string,
  secret: string,
  now: Date = new Date(),
): PlayerSessionPayload {
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match)
    throw new PlayerSessionError('The token is not well formed', PlayerSessionErrorReason.MALFORMED);
  const [, body, signature] = match;
  const expected = mac(body, secret);
  const given = Buffer.from(signature, 'base64url');
  // Both are 32 bytes by the pattern above; the length check keeps timingSafeEqual from throwing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new PlayerSessionError(
      'The token signature does not match',
      PlayerSessionErrorReason.BAD_SIGNATURE,
    );
  }
  const payload = parsePayload(body);
  if (payload.exp * 1000 <= now.getTime()) {
    throw new PlayerSessionError(
      `The token expired at ${new Date(payload.exp * 1000).toISOString()}`,
      PlayerSessionErrorReason.EXPIRED,
    );
  }
  return payload;
}

function parsePayload(body: string): PlayerSessionPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new PlayerSessionError('The token payload is not JSON', PlayerSessionErrorReason.MALFORMED);
  }
  const p = raw as Partial<PlayerSessionPayload> | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.attemptId !== 'string' ||
    !UUID.test(p.attemptId) ||
    typeof p.tenantId !== 'string' ||
    !UUID.test(p.tenantId) ||
    typeof p.exp !== 'number' ||
    !Number.isFinite(p.exp)
  ) {
    throw new PlayerSessionError('The token payload lacks its fields', PlayerSessionErrorReason.MALFORMED);
  }
  return { attemptId: p.attemptId, tenantId: p.tenantId, exp: p.exp };
}
