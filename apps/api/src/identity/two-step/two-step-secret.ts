import type { SecretBox } from '../../common/secrets/secret-box.js';

/** What a user's TOTP secret is sealed with besides the key: it opens in that user's row and nowhere else. */
const sealedFor = (userId: string) => `second factor of user ${userId}`;

/** A user's TOTP secret as it is stored: sealed, never in plain text. */
export const sealTwoStepSecret = (box: SecretBox, userId: string, secret: string): string =>
  box.seal(secret, sealedFor(userId));

/** The TOTP secret of a sealed one; SecretNotOpenedError when another key sealed it or it was changed. */
export const openTwoStepSecret = (box: SecretBox, userId: string, stored: string): string =>
  box.open(stored, sealedFor(userId));
