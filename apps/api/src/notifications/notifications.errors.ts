import { FieldDomainError } from '../common/domain-error.js';

/** A statutory or safeguarding kind cannot be turned off. */
export class MandatoryNotificationError extends FieldDomainError {
  readonly code = 'notification_mandatory';
  readonly status = 422;

  constructor(label: string) {
    super('preferences', `"${label}" is set in law or keeps someone safe, so it cannot be turned off.`);
  }
}
