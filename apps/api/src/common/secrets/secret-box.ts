import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SecretNotOpenedError } from './secret-not-opened.error.js';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A stored value that was sealed, by this version or any later one: a base32 TOTP secret never looks like it. */
const SEALED = /^v\d+:/;

/**
 * Seals secrets Convene must keep readable (an authenticator app's TOTP secret) before they reach the database:
 * AES-256-GCM under SECRETS_KEY, stored as `v1:<iv>:<tag>:<ciphertext>` (base64url). The version comes first so
 * that a later key rotation can add `v2` (another key, or a key id) and still open `v1` while it re-seals.
 * `context` is authenticated with the ciphertext: a secret sealed for one user's row does not open in another's.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a secrets key is ${KEY_BYTES} bytes, not ${key.length}`);
  }

  /** Whether a stored value is sealed (by any version), as opposed to a secret written in plain text before. */
  static isSealed(stored: string): boolean {
    return SEALED.test(stored);
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join(':');
  }

  /** The plain secret; SecretNotOpenedError when it was sealed under another key or context, or changed since. */
  open(stored: string, context: string): string {
    const [version, iv, tag, sealed, ...rest] = stored.split(':');
    if (
      version !== VERSION ||
      iv === undefined ||
      tag === undefined ||
      sealed === undefined ||
      rest.length > 0
    )
      throw new SecretNotOpenedError(
        SecretBox.isSealed(stored) ? `it is sealed by a later version (${version})` : 'it is not sealed',
      );
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SecretNotOpenedError('the key is not the one it was sealed with, or it was changed');
    }
  }
}
