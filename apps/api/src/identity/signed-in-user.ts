import type { SignedInUser } from '@convene/contracts';
import type { SessionUser } from './session-user.js';

/** Who is signed in, as sign-in and `GET /api/auth/me` answer it. */
export function toSignedInUser(user: SessionUser): SignedInUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    agencyId: user.agencyId,
    agencyKind: user.agencyKind,
    twoStepOn: user.twoStepOn ?? false,
    mustEnrolTwoStep: user.mustEnrolTwoStep ?? false,
  };
}
