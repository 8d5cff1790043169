import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../audit/audit.service.js';
import type { SsoFailureReason } from './sso-failure.js';

/** The account an address the provider vouches for signs in, or why it may not. */
type OidcAccount = { userId: string } | { refused: SsoFailureReason };

/** Which provider account vouched for the person: the trail to follow if an account is misused. */
export interface VouchedBy {
  issuer: string;
  subject: string;
}

/**
 * Who may sign in through one of the council's identity providers, and what happens around it. Staff and families
 * go through the same flow (`OidcSignInService`: code, PKCE, state, nonce) and differ only in what is here.
 * Nobody is ever created by signing in: a policy only finds accounts the council has recorded.
 */
export interface OidcSignInPolicy {
  /** Names the sign-in in log lines. */
  readonly logName: string;
  /** Said (404 `sso_not_configured`) when this provider is not set up. */
  readonly notConfigured: string;
  /** Where the browser goes once signed in, from what it asked for at the start. */
  returnTo(requested: unknown): string;
  /** The account for a verified address, read in the transaction that starts its session. */
  accountFor(manager: EntityManager, email: string): Promise<OidcAccount>;
  /** The audit record of a sign-in. */
  signedIn(userId: string, vouchedBy: VouchedBy): AuditEntry;
  /** The sign-in page, told why signing in through the provider did not work. */
  failedPath(reason: SsoFailureReason): string;
}
