import { logSecurityRefusal } from '../../common/security-log.js';
import type { SessionUser } from '../session-user.js';
import { TwoStepEnrolmentRequiredError } from './two-step.errors.js';

/**
 * The one rule for an administrator signed in with a password and no two-step sign-in (`mustEnrolTwoStep`, worked
 * out when the session is read): they are held to setting it up, on REST (AccessGuard) and at the live room's
 * handshake alike. Returns the refusal, already in the security log, or null for anyone else.
 */
export function twoStepEnrolmentHold(
  user: SessionUser | null | undefined,
  what: string,
  address: string | undefined,
): TwoStepEnrolmentRequiredError | null {
  if (!user?.mustEnrolTwoStep) return null;
  const refusal = new TwoStepEnrolmentRequiredError();
  logSecurityRefusal({ kind: 'authorization', who: user.id, what, why: refusal.code, address });
  return refusal;
}
