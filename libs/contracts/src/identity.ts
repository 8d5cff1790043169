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
}

export const SESSION_COOKIE = 'convene_session';

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
