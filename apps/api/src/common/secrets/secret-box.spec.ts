import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const box = new SecretBox(randomBytes(32));

/** The same stored value with one byte of its ciphertext flipped. */
function tampered(stored: string): string {
  const parts = stored.split(':');
  const sealed = Buffer.from(parts[3]!, 'base64url');
  sealed[0] = sealed[0]! ^ 0x01;
  parts[3] = sealed.toString('base64url');
  return parts.join(':');
}

describe('a secret sealed for the database', () => {
  it('opens to what was sealed, and never holds it in plain text', () => {
    const stored = box.seal(SECRET, 'user-1');
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain(SECRET);
    expect(box.open(stored, 'user-1')).toBe(SECRET);
  });

  it('looks different each time it is sealed, so equal secrets cannot be told apart', () => {
    expect(box.seal(SECRET, 'user-1')).not.toBe(box.seal(SECRET, 'user-1'));
  });

  it('is refused once a byte of it has changed', () => {
    expect(() => box.open(tampered(box.seal(SECRET, 'user-1')), 'user-1')).toThrow(/could not be opened/);
  });

  it('is refused under another key', () => {
    const stored = box.seal(SECRET, 'user-1');
    expect(() => new SecretBox(randomBytes(32)).open(stored, 'user-1')).toThrow(
      /not the one it was sealed with/,
    );
  });

  it('is refused when copied into another user’s row', () => {
    expect(() => box.open(box.seal(SECRET, 'user-1'), 'user-2')).toThrow(/could not be opened/);
  });

  it('tells a plain secret from a sealed one, of this version or a later', () => {
    expect(SecretBox.isSealed(SECRET)).toBe(false);
    expect(SecretBox.isSealed(box.seal(SECRET, 'user-1'))).toBe(true);
    expect(SecretBox.isSealed('v2:key-7:abc:def:ghi')).toBe(true);
    expect(() => box.open('v2:key-7:abc:def:ghi', 'user-1')).toThrow(/later version \(v2\)/);
    expect(() => box.open(SECRET, 'user-1')).toThrow(/not sealed/);
  });

  it('takes only a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
