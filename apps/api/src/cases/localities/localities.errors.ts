import { DomainError, FieldDomainError } from '../../common/domain-error.js';

export class LocalityNotFoundError extends DomainError {
  readonly code = 'locality_not_found';
  readonly status = 404;
  constructor() {
    super('There is no locality with that id.');
  }
}

export class LocalityCodeTakenError extends FieldDomainError {
  readonly code = 'locality_code_taken';
  readonly status = 409;
  constructor() {
    super('code', 'A locality already has that code.');
  }
}

export class LocalityInUseError extends DomainError {
  readonly code = 'locality_in_use';
  readonly status = 409;
  constructor(children: number) {
    super(
      `${children === 1 ? 'A child is' : `${children} children are`} recorded in this locality: retire it instead, so it is not offered for new cases.`,
    );
  }
}

export class NotFamilyLinkOfficersError extends FieldDomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  constructor() {
    super('familyLinkOfficerIds', 'Each Family Link Officer must be an active user with the presenter role.');
  }
}
