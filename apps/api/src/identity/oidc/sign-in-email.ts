import { SSO_FAILURE_REASONS, type SsoFailureReason } from './sso-failure.js';

export type SignInEmail = { email: string } | { refused: SsoFailureReason };

/**
 * The email address the identity provider vouches for, lower-cased as `users.email` stores it.
 * Entra puts the sign-in name (the UPN, an address in the council's tenant) in `preferred_username`
 * and only sends `email` when the account has a mail attribute, so for Entra that is the fallback.
 * Elsewhere `preferred_username` is free text the person may choose, and is never trusted.
 */
export function signInEmailFrom(
  claims: Record<string, unknown>,
  options: { acceptPreferredUsername: boolean },
): SignInEmail {
  const email = addressIn(claims.email);
  if (email) {
    // "not false": Entra does not send email_verified at all; some providers send it as a string.
    if (claims.email_verified === false || claims.email_verified === 'false')
      return { refused: SSO_FAILURE_REASONS.emailUnverified };
    return { email };
  }
  const username = options.acceptPreferredUsername ? addressIn(claims.preferred_username) : null;
  return username ? { email: username } : { refused: SSO_FAILURE_REASONS.noEmail };
}

function addressIn(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const address = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}
