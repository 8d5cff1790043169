import { FAMILY_ROLE } from '@convene/domain';
import { UsersRepository } from '../users.repository.js';
import type { OidcSignInPolicy } from './oidc-sign-in-policy.js';
import { safeReturnTo } from './return-to.js';
import { SSO_FAILURE_REASONS, signInFailedPath } from './sso-failure.js';

/**
 * Staff through the council's staff identity provider: whether they may use Convene, and with which roles, is the
 * administrator's decision; unknown addresses are refused, deactivated accounts too.
 */
export const STAFF_SIGN_IN_POLICY: OidcSignInPolicy = {
  logName: 'SingleSignOn',
  notConfigured:
    'Single sign-on is not set up for this council. Sign in with your email address and password.',
  returnTo: safeReturnTo,
  async accountFor(manager, email) {
    const user = await new UsersRepository(manager).byEmail(email);
    // A family account is not staff: it signs in by its own link or the residents' provider, never this one.
    if (!user || user.roles.includes(FAMILY_ROLE)) return { refused: SSO_FAILURE_REASONS.notRegistered };
    if (!user.active) return { refused: SSO_FAILURE_REASONS.deactivated };
    return { userId: user.id };
  },
  signedIn: (userId, vouchedBy) => ({
    actorId: userId,
    action: 'user.signed_in_oidc',
    entityType: 'user',
    entityId: userId,
    after: { issuer: vouchedBy.issuer, subject: vouchedBy.subject },
  }),
  failedPath: signInFailedPath,
};
