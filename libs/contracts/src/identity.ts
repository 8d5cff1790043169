import type { AgencyKind, Role } from '@convene/domain';

export interface SignInRequest {
  email: string;
  password: string;
}

/** The person signed in, as `GET /api/auth/me` and `POST /api/auth/sign-in` return them. */
export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyKind: AgencyKind;
  /**
   * Only in the answer to a password sign-in: failed sign-ins at the account, from anywhere, since the one before.
   * The web client tells the user when it is above zero.
   */
  failedAttemptsSinceLastSignIn?: number;
}

export const SESSION_COOKIE = 'convene_session';
/** The HttpOnly cookie that makes a browser a known device of whoever signed in on it (OWASP device cookies). */
export const DEVICE_COOKIE = 'convene_device';

/** One record of the audit trail, as the admins' viewer shows it. */
export interface AuditRecordView {
  id: string;
  occurredAt: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  meetingId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AgencyView {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}

/** A user as the administrator manages them. */
export interface ManagedUser {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: Role[];
  active: boolean;
  agency: { id: string; name: string; kind: AgencyKind };
}
