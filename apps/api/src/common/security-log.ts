import { Logger } from '@nestjs/common';

/** Why a request or a socket command was turned away, as a security reviewer would sort the log. */
type SecurityRefusalKind = 'authorization' | 'csrf' | 'rate_limit' | 'lockout';

export interface SecurityRefusal {
  kind: SecurityRefusalKind;
  /** The user's id, or null when nobody is signed in. Never a name: the log holds no personal data. */
  who: string | null;
  /** The route (`POST /api/requests/:id/exceptions`) or the socket command (`vote.cast`). */
  what: string;
  /** The stable error code the caller was given, and a few words more where they help. */
  why: string;
  /** The calling address, where there is one. */
  address?: string;
}

const logger = new Logger('Security');

/**
 * One structured line per refusal: who, what and why, and nothing about a child. Written at warn level so an
 * operator can alert on it without reading every request.
 */
export function logSecurityRefusal(refusal: SecurityRefusal): void {
  logger.warn({ event: 'security.refused', ...refusal });
}
