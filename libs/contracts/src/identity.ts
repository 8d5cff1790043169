import type { AgencyKind, Role } from '@convene/domain';

export interface SignInRequest {
  email: string;
  password: string;
  /** With two-step sign-in on: the 6-digit code from the authenticator app, or a recovery code. */
  code?: string;
}

/** The person signed in, as `GET /api/auth/me` and `POST /api/auth/sign-in` return them. */
export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyKind: AgencyKind;
  /** Whether two-step sign-in (an authenticator app) is on for this account. */
  twoStepOn?: boolean;
  /**
   * An administrator who signed in with a password and has no two-step sign-in yet: they may only set it up
   * (everything else answers 403 `two_step_enrolment_required`).
   */
  mustEnrolTwoStep?: boolean;
  /**
   * Only in the answer to a password sign-in: failed sign-ins at the account, from anywhere, since the one before.
   * The web client tells the user when it is above zero.
   */
  failedAttemptsSinceLastSignIn?: number;
}

export const SESSION_COOKIE = 'convene_session';
/** The HttpOnly cookie that makes a browser a known device of whoever signed in on it (OWASP device cookies). */
export const DEVICE_COOKIE = 'convene_device';

/** `GET /api/auth/two-step`: whether two-step sign-in is on for the signed-in user. */
export interface TwoStepStatus {
  on: boolean;
  /** Administrators must have it; everyone else may. */
  requiredForYou: boolean;
  recoveryCodesLeft: number;
}

/** `POST /api/auth/two-step/enrolment`: the new secret, shown this once. */
export interface TwoStepEnrolment {
  /** Base32, to type into an authenticator app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** A PNG data URL of the otpauth URI as a QR code. */
  qrCode: string;
}

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
  /** Retired: its people keep it, but it is not offered for new users. */
  retired: boolean;
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
  /** Whether two-step sign-in is on (an administrator can reset it). */
  twoStepOn?: boolean;
}
