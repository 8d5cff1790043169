import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What the callback needs to finish a sign-in this browser started. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** A sign-in must come back from the identity provider within 10 minutes. */
export const PENDING_SIGN_IN_MINUTES = 10;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals a sign-in in progress into an opaque cookie value with AES-256-GCM, so the browser carries
 * it but can neither read the PKCE verifier and nonce nor change the state or return path.
 * The key is derived from the client secret: every API node derives the same key, so the callback
 * may land on another node than the start; rotating the secret only cancels sign-ins in flight.
 */
export class PendingSignInSeal {
  private readonly key: Buffer;

  constructor(clientSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', clientSecret, 'convene', 'convene oidc pending sign-in', 32));
  }

  seal(pending: PendingSignIn): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(VERSION));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The sign-in in progress, or null when the value is missing, altered, sealed with another key or expired. */
  open(value: string | undefined, now = Date.now()): PendingSignIn | null {
    if (!value?.startsWith(`${VERSION}.`)) return null;
    const bytes = Buffer.from(value.slice(VERSION.length + 1), 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(VERSION));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const json = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
      const pending = JSON.parse(json) as PendingSignIn;
      return typeof pending.expiresAt === 'number' && pending.expiresAt > now ? pending : null;
    } catch {
      return null;
    }
  }
}
