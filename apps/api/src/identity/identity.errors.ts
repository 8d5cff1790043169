import { DomainError } from '../common/domain-error.js';

export class InvalidCredentialsError extends DomainError {
  readonly code = 'invalid_credentials';
  readonly status = 401;
  constructor() {
    super('The email address or password is not right.');
  }
}

const secondsUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
const clockTime = (until: Date) =>
  until.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

export class AccountLockedError extends DomainError {
  readonly code = 'account_locked';
  readonly status = 423;
  readonly retryAfterSeconds: number;
  constructor(readonly until: Date) {
    super(
      `Too many failed sign-ins for this account from this browser. Try again after ${clockTime(until)}, sign in from a browser you have used before, or ask your administrator.`,
    );
    this.retryAfterSeconds = secondsUntil(until);
  }
}

export class TooManySignInAttemptsError extends DomainError {
  readonly code = 'too_many_attempts';
  readonly status = 429;
  readonly retryAfterSeconds: number;
  constructor(until: Date) {
    super(`Too many failed sign-ins from this network. Try again after ${clockTime(until)}.`);
    this.retryAfterSeconds = secondsUntil(until);
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
