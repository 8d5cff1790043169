import { DomainError } from '../../common/domain-error.js';

export class WeeklyListNotFoundError extends DomainError {
  readonly code = 'weekly_list_not_found';
  readonly status = 404;
  constructor() {
    // The same answer whether the sitting, the officer or the locality does not exist or is not the caller's to see.
    super(
      'There is no such Weekly Orders list that you can see: a Family Link Officer sees their own, the chair every one.',
    );
  }
}
