import { DomainError } from '../../common/domain-error.js';

export class TwoStepCodeRequiredError extends DomainError {
  readonly code = 'two_step_code_required';
  readonly status = 401;
  constructor() {
    super('Enter the 6-digit code from your authenticator app, or one of your recovery codes.');
  }
}

export class TwoStepCodeWrongError extends DomainError {
  readonly code = 'two_step_code_wrong';
  readonly status = 401;
  constructor() {
    super(
      'The code is not right, or has been used already. Enter the latest code from your authenticator app.',
    );
  }
}

export class TwoStepEnrolmentRequiredError extends DomainError {
  readonly code = 'two_step_enrolment_required';
  readonly status = 403;
  constructor() {
    super('Administrators must set up two-step sign-in before they can do anything else.');
  }
}

export class TwoStepAlreadyOnError extends DomainError {
  readonly code = 'two_step_already_on';
  readonly status = 409;
  constructor() {
    super('Two-step sign-in is already on. Turn it off first to set up a new authenticator app.');
  }
}

export class TwoStepNotStartedError extends DomainError {
  readonly code = 'two_step_not_started';
  readonly status = 409;
  constructor() {
    super('Start setting up two-step sign-in first.');
  }
}

export class TwoStepNotOnError extends DomainError {
  readonly code = 'two_step_not_on';
  readonly status = 409;
  constructor() {
    super('Two-step sign-in is not on.');
  }
}

export class TwoStepRequiredForAdminsError extends DomainError {
  readonly code = 'two_step_required_for_admins';
  readonly status = 403;
  constructor() {
    super(
      'Administrators must keep two-step sign-in on. Another administrator can reset it if you lose your app.',
    );
  }
}

export class TwoStepUserNotFoundError extends DomainError {
  readonly code = 'user_not_found';
  readonly status = 404;
  constructor() {
    super('There is no user with that id.');
  }
}
