import { DomainError, FieldDomainError } from '../../common/domain-error.js';

/** An issued pack is the record the Board saw: it is never written to again. */
export class PackAlreadyIssuedError extends DomainError {
  readonly code = 'pack_already_issued';
  readonly status = 409;
  constructor(month: string) {
    super(`The leadership pack for ${month} has been issued and can no longer be changed.`);
  }
}

/** A pack goes out with the service's own words on the figures, never without. */
export class NarrativeMissingError extends DomainError {
  readonly code = 'narrative_missing';
  readonly status = 422;
  constructor() {
    super('Write the narrative before issuing the pack.');
  }
}

/** A month that has not begun has no figures to report. */
export class MonthToComeError extends FieldDomainError {
  readonly code = 'month_to_come';
  readonly status = 422;
  constructor() {
    super('month', 'There is no pack for a month that has not begun.');
  }
}
