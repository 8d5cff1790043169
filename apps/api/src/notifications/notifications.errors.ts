import { FieldDomainError } from '../common/domain-error.js';

/** A statutory or safeguarding kind cannot be turned off: the answer names the change refused, as validation does. */
export class MandatoryNotificationError extends FieldDomainError {
  readonly code = 'notification_mandatory';
  readonly status = 422;

  constructor(index: number, label: string) {
    super(
      `preferences.${index}.delivery`,
      `"${label}" is set in law or keeps someone safe, so it cannot be turned off.`,
    );
  }
}
