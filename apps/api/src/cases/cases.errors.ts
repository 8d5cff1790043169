import { DomainError, FieldDomainError } from '../common/domain-error.js';

/** A step the 20-week path does not allow, or a date that cannot be right: 422 naming the field. */
export class PathRuleError extends FieldDomainError {
  readonly code = 'path_rule_broken';
  readonly status = 422;
}

export class RequestNotFoundError extends DomainError {
  readonly code = 'request_not_found';
  readonly status = 404;
  constructor() {
    super('There is no request with that id that you can see.');
  }
}

export class CaseReferenceTakenError extends DomainError {
  readonly code = 'case_reference_taken';
  readonly status = 409;
  constructor(reference: string) {
    super(`A case with the reference ${reference} already exists.`);
  }
}

export class UnknownReferenceError extends FieldDomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
}
