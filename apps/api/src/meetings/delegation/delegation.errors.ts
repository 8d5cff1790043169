import type { DelegationRefusal } from '@convene/domain';
import { DomainError, FieldDomainError } from '../../common/domain-error.js';

/** The scheme does not let this person take this decision alone: 403 for the wrong role, else 422. */
export class OutsideTheSchemeError extends DomainError {
  readonly code: string;
  readonly status: number;
  constructor(refusal: DelegationRefusal) {
    super(refusal.message);
    this.code = refusal.reason === 'wrong_role' ? 'not_delegated_to_you' : refusal.reason;
    this.status = refusal.reason === 'wrong_role' ? 403 : 422;
  }
}

/** What was asked cannot be decided as sent: 422 naming the field. */
export class NotToDecideError extends FieldDomainError {
  readonly code = 'not_to_decide';
  readonly status = 422;
}

export class DelegationRuleNotFoundError extends DomainError {
  readonly code = 'delegation_rule_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such line in the scheme of delegation.');
  }
}

export class DelegationRuleExistsError extends DomainError {
  readonly code = 'delegation_rule_exists';
  readonly status = 409;
  constructor() {
    super('The scheme already has a line for that decision and role: change its amount instead.');
  }
}

export class NotANoteForYouError extends DomainError {
  readonly code = 'meeting_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such meeting that you are a member of.');
  }
}
