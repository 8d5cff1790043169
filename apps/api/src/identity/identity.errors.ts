import { DomainError } from '../common/domain-error.js';

export class InvalidCredentialsError extends DomainError {
  readonly code = 'invalid_credentials';
  readonly status = 401;
  constructor() {
    super('The email address or password is not right.');
  }
}

export class AccountLockedError extends DomainError {
  readonly code = 'account_locked';
  readonly status = 423;
  constructor(readonly until: Date) {
    super(
      `Too many failed sign-ins for this account. Try again after ${until.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })}, or ask your administrator.`,
    );
  }
}

export class TooManySignInAttemptsError extends DomainError {
  readonly code = 'too_many_attempts';
  readonly status = 429;
  constructor() {
    super('Too many sign-in attempts from this device. Wait a few minutes and try again.');
  }
}

export class NotSignedInError extends DomainError {
  readonly code = 'unauthorised';
  readonly status = 401;
  constructor() {
    super('You need to sign in.');
  }
}

export class NotAllowedError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
  constructor(message = 'Your role does not allow this.') {
    super(message);
  }
}
