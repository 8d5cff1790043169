import { DomainError } from '../../common/domain-error.js';

/** A provider's sign-in routes asked for where the council has not set that provider up. */
export class SsoNotConfiguredError extends DomainError {
  readonly code = 'sso_not_configured';
  readonly status = 404;
}
