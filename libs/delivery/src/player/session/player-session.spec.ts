import { createHmac } from 'node:crypto';
import {
  PlayerSessionError,
  PlayerSessionErrorReason,
  signPlayerSession,
  verifyPlayerSession,
  type PlayerSessionPayload,
} from './player-session';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign';
const NOW = new Date('2025-05-01T10:00:00Z');
const payload: PlayerSessionPayload = {
  attemptId: '3f1c2a9e-5b7d-4c21-9a0e-1d2c3b4a5f60',
  tenantId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  exp: NOW.getTime() / 1000 + 600,
};

function reasonOf(fn: () => unknown): PlayerSessionErrorReason {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlayerSessionError) return error.reason;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

describe('player session tokens', () => {
  const sut = signPlayerSession(payload, SECRET);

  it('should return the payload of a token this secret signed', () => {
    expect(verifyPlayerSession(sut, SECRET, NOW)).toEqual(payload);
  });

  it('should make a token that is safe in a URL path', () => {
    expect(sut).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('should refuse a token signed with another secret (forged)', () => {
    const forged = signPlayerSession(payload, 'another-secret-of-the-same-kind-and-length!');
    expect(reasonOf(() => verifyPlayerSession(forged, SECRET, NOW))).toBe(
      PlayerSessionErrorReason.BAD_SIGNATURE,
    );
  });

  it('should refuse a token whose payload was changed after signing (tampered)', () => {
    const [, signature] = sut.split('.');
    const other = Buffer.from(
      JSON.stringify({ ...payload, tenantId: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    expect(reasonOf(() => verifyPlayerSession(`${other}.${signature}`, SECRET, NOW))).toBe(
      PlayerSessionErrorReason.BAD_SIGNATURE,
    );
  });

  it('should refuse a token with a longer expiry pasted in', () => {
    const [, signature] = sut.split('.');
    const later = Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 86_400 })).toString(
      'base64url',
    );
    expect(reasonOf(() => verifyPlayerSession(`${later}.${signature}`, SECRET, NOW))).toBe(
      PlayerSessionErrorReason.BAD_SIGNATURE,
    );
  });

  it('should refuse a token once it has expired, and at the second it expires', () => {
    const atExpiry = new Date(payload.exp * 1000);
    expect(reasonOf(() => verifyPlayerSession(sut, SECRET, atExpiry))).toBe(PlayerSessionErrorReason.EXPIRED);
    const expired = signPlayerSession({ ...payload, exp: NOW.getTime() / 1000 - 1 }, SECRET);
    expect(reasonOf(() => verifyPlayerSession(expired, SECRET, NOW))).toBe(PlayerSessionErrorReason.EXPIRED);
  });

  it('should refuse malformed tokens as MALFORMED', () => {
    for (const token of [
      '',
      'abc',
      `${sut}x`,
      sut.replace('.', ''),
      `${sut.split('.')[0]}.${'A'.repeat(42)}`,
    ]) {
      expect(reasonOf(() => verifyPlayerSession(token, SECRET, NOW))).toBe(
        PlayerSessionErrorReason.MALFORMED,
      );
    }
  });

  it('should refuse a correctly signed payload that lacks its fields', () => {
    const body = Buffer.from(JSON.stringify({ attemptId: 'not-a-uuid', exp: payload.exp })).toString(
      'base64url',
    );
    const token = `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`;
    expect(reasonOf(() => verifyPlayerSession(token, SECRET, NOW))).toBe(PlayerSessionErrorReason.MALFORMED);
  });
});
