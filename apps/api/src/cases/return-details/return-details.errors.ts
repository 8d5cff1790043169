import { FieldDomainError } from '../../common/domain-error.js';

/** A return detail that breaks one of the SEN2 specification's rules: refused, naming the field, nothing written. */
export class ReturnDetailRuleError extends FieldDomainError {
  readonly code = 'invalid_return_detail';
  readonly status = 422;
}
