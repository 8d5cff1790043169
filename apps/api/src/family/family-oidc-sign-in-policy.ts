import type { OidcSignInPolicy } from '../identity/oidc/oidc-sign-in-policy.js';
import { SSO_FAILURE_REASONS, type SsoFailureReason } from '../identity/oidc/sso-failure.js';
import { FamilySignInLinksRepository } from './family-sign-in-links.repository.js';

/** Where families land once signed in: the page that lists their children. */
const FAMILY_HOME = '/family';

/**
 * Parents, carers and young people through the council's residents' identity provider. Only an address the council
 * recorded for a live family account signs in (active, covering a child now), the same accounts a one-time link
 * reaches: a member of staff, an unknown address or an account whose children were all unlinked is refused, alike.
 */
export const FAMILY_SIGN_IN_POLICY: OidcSignInPolicy = {
  logName: 'FamilySignOn',
  notConfigured:
    'Signing in with a resident account is not set up for this council. Ask for a sign-in link by email.',
  // A family's pages are all reached from their home page; nowhere else is theirs to return to.
  returnTo: () => FAMILY_HOME,
  async accountFor(manager, email) {
    const account = await new FamilySignInLinksRepository(manager).liveAccount(email);
    return account ? { userId: account.id } : { refused: SSO_FAILURE_REASONS.notRegistered };
  },
  signedIn: (userId, vouchedBy) => ({
    actorId: userId,
    action: 'family_member.signed_in',
    entityType: 'user',
    entityId: userId,
    after: { method: 'oidc', issuer: vouchedBy.issuer, subject: vouchedBy.subject },
  }),
  failedPath: (reason: SsoFailureReason) => `/family/sign-in?problem=${reason}`,
};
