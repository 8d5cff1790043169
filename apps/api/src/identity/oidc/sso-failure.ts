/**
 * Why single sign-on did not sign someone in: the `reason` in `/sign-in?sso=failed&reason=…`, for the
 * sign-in page to explain. Short and stable, never a stack trace or anything about the person.
 */
export const SSO_FAILURE_REASONS = {
  /** No sign-in in progress in this browser: it took over 10 minutes, cookies are off, or it was started elsewhere. */
  expired: 'expired',
  /** The identity provider answered with an error (cancelled, not assigned to Convene, …). */
  providerError: 'provider_error',
  /** The answer does not belong to the sign-in this browser started: possibly forged. */
  stateMismatch: 'state_mismatch',
  /** The identity provider could not be reached. */
  providerUnreachable: 'provider_unreachable',
  /** The code exchange failed or the ID token did not check out (issuer, audience, nonce, expiry). */
  tokenRejected: 'token_rejected',
  /** The provider said who the person is, but not by an email address. */
  noEmail: 'no_email',
  /** The provider says the email address is not verified. */
  emailUnverified: 'email_unverified',
  /** The council has not added anyone with this email address to Convene. */
  notRegistered: 'not_registered',
  /** The account exists but an administrator has deactivated it. */
  deactivated: 'deactivated',
  /** Something failed on our side. */
  internal: 'internal',
} as const;

export type SsoFailureReason = (typeof SSO_FAILURE_REASONS)[keyof typeof SSO_FAILURE_REASONS];

/** The sign-in page, told why single sign-on failed. */
export function signInFailedPath(reason: SsoFailureReason): string {
  return `/sign-in?sso=failed&reason=${reason}`;
}
