import { decryptPrivateKey, encryptPrivateKey } from './key-encryption';

describe('private key encryption', () => {
  it('should round-trip with the same secret and never store the plain text', () => {
    const sealed = encryptPrivateKey('-----BEGIN PRIVATE KEY-----\nabc\n', 's3cret');
    expect(sealed).not.toContain('PRIVATE KEY');
    expect(decryptPrivateKey(sealed, 's3cret')).toBe('-----BEGIN PRIVATE KEY-----\nabc\n');
  });

  it('should refuse the wrong secret and a tampered ciphertext', () => {
    const sealed = encryptPrivateKey('pem', 'one');
    expect(() => decryptPrivateKey(sealed, 'two')).toThrow();
    const [iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => decryptPrivateKey([iv, tag, flipped.toString('base64url')].join('.'), 'one')).toThrow();
  });
});
