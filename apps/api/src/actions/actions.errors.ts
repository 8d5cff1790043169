import { DomainError, FieldDomainError } from '../common/domain-error.js';

/** What an action cannot be given: no owner or two, an owner who does not exist, a day already past. 422 naming the field. */
export class ActionRuleError extends FieldDomainError {
  readonly code = 'action_rule_broken';
  readonly status = 422;
}

/** An action already done or cancelled is not closed again. */
export class ActionAlreadyClosedError extends DomainError {
  readonly code = 'action_already_closed';
  readonly status = 409;
}

export class ActionNotFoundError extends DomainError {
  readonly code = 'action_not_found';
  readonly status = 404;
  constructor() {
    // The same answer whether it does not exist or is not the caller's to see: no probing.
    super('There is no action with that id that you can see.');
  }
}

/** Only its owner (or a member of the owning team), whoever added it, a SEND manager or an administrator closes an action. */
export class NotYourActionError extends DomainError {
  readonly code = 'not_your_action';
  readonly status = 403;
  constructor() {
    super(
      'Only its owner, a member of the team that owns it, whoever added it, a SEND manager or an administrator can close this action.',
    );
  }
}

/** Actions from last time are for the meeting's chair: the same answer for a meeting that does not exist and one not theirs. */
export class NotYourMeetingToChairError extends DomainError {
  readonly code = 'meeting_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such meeting that you chair.');
  }
}

/** An advice request, or a plan in a dip sample, that does not exist: nothing to agree an action on. */
export class ActionOriginNotFoundError extends DomainError {
  readonly code = 'action_origin_not_found';
  readonly status = 404;
}

/** An action from a dip sample follows its moderation: the plan's moderated grade must be recorded first. */
export class PlanNotModeratedError extends DomainError {
  readonly code = 'plan_not_moderated';
  readonly status = 409;
  constructor() {
    super('Record the plan’s moderated grade before agreeing actions from it.');
  }
}
