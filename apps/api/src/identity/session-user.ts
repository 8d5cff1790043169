import type { AgencyKind, Role } from '@convene/domain';

/** Who is making a request, as every guard and service sees it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyCode: string;
  agencyKind: AgencyKind;
  /** Whether two-step sign-in is on for the account. */
  twoStepOn?: boolean;
  /** An administrator signed in with a password and no two-step sign-in: they may only set it up. */
  mustEnrolTwoStep?: boolean;
}

export function hasRole(user: SessionUser, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
