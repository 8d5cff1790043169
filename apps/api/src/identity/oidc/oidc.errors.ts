import { DomainError } from '../../common/domain-error.js';

export class SsoNotConfiguredError extends DomainError {
  readonly code = 'sso_not_configured';
  readonly status = 404;
  constructor() {
    super('Single sign-on is not set up for this council. Sign in with your email address and password.');
  }
}
