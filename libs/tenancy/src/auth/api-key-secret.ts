import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// `mpk_<prefix>_<secret>`: the prefix finds the row, the hash of the whole key proves it. Keys carry
// 190 bits of randomness, so a fast hash is safe here (no password stretching needed).
const KEY_PATTERN = /^mpk_([a-z0-9]{10})_([A-Za-z0-9_-]{32})$/;

export interface NewKeySecret {
  key: string;
  prefix: string;
  hash: string;
}

export function newKeySecret(): NewKeySecret {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(24).toString('base64url');
  const key = `mpk_${prefix}_${secret}`;
  return { key, prefix, hash: hashKey(key) };
}

export function parseKey(key: string): { prefix: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1] } : null;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
