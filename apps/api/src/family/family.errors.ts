import { FAMILY_SIGN_IN_ERROR_CODES } from '@convene/contracts';
import { DomainError, FieldDomainError } from '../common/domain-error.js';

/** Only a parent or carer with parental responsibility may have an account for a child. */
export class NoParentalResponsibilityError extends FieldDomainError {
  readonly code = 'no_parental_responsibility';
  readonly status = 422;
  constructor() {
    super(
      'parentalResponsibility',
      'Only a parent or carer with parental responsibility can be given access to the child’s case.',
    );
  }
}

/** A young person has their own account from 16 (on the day it is made). */
export class YoungPersonUnder16Error extends FieldDomainError {
  readonly code = 'young_person_under_16';
  readonly status = 422;
  constructor() {
    super('kind', 'The young person can have their own account from their 16th birthday.');
  }
}

export class AlreadyAFamilyMemberError extends DomainError {
  readonly code = 'already_a_family_member';
  readonly status = 409;
  constructor() {
    super('This person already has access to this child’s case.');
  }
}

/** The address is a member of staff's: a family account needs its own. */
export class EmailInUseError extends FieldDomainError {
  readonly code = 'email_in_use';
  readonly status = 409;
  constructor() {
    super('email', 'This email address belongs to another account. Use the family member’s own address.');
  }
}

export class FamilyMemberNotFoundError extends DomainError {
  readonly code = 'family_member_not_found';
  readonly status = 404;
  constructor() {
    super('There is no family member with access to this case by that reference.');
  }
}

/** Why a one-time sign-in link was refused: each distinct, none changes anything. */
abstract class SignInLinkError extends DomainError {
  readonly status: number = 401;
}

export class SignInLinkExpiredError extends SignInLinkError {
  readonly code = FAMILY_SIGN_IN_ERROR_CODES.expired;
  constructor() {
    super('This sign-in link has expired: links last 15 minutes. Ask for a new one.');
  }
}

export class SignInLinkUsedError extends SignInLinkError {
  readonly code = FAMILY_SIGN_IN_ERROR_CODES.used;
  constructor() {
    super('This sign-in link has already been used. Ask for a new one.');
  }
}

export class SignInLinkOtherBrowserError extends SignInLinkError {
  readonly code = FAMILY_SIGN_IN_ERROR_CODES.otherBrowser;
  constructor() {
    super('Open the link in the browser where you asked for it, or ask for a new one in this browser.');
  }
}

export class SignInLinkUnknownError extends SignInLinkError {
  readonly code = FAMILY_SIGN_IN_ERROR_CODES.unknown;
  constructor() {
    super('This sign-in link is not one we sent. Ask for a new one.');
  }
}

export class TooManySignInLinksError extends DomainError {
  readonly code = 'too_many_sign_in_links';
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in links asked for. Wait a few minutes and try again.');
  }
}
