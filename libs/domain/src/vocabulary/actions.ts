/**
 * Actions: what a panel, a case worker or an audit agreed someone would do, with an owner and a day it is due by.
 * An action is open until its owner marks it done (with a note of what was done) or someone cancels it (with why).
 */
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Where an action was agreed: in a meeting (an item of its agenda), on a case page, at the Health Gateway, in an audit. */
export const ACTION_ORIGINS = ['meeting_item', 'case', 'advice_request', 'dip_sample'] as const;
export type ActionOrigin = (typeof ACTION_ORIGINS)[number];
export const ACTION_ORIGIN_LABELS: Record<ActionOrigin, string> = {
  meeting_item: 'Agreed at a meeting',
  case: 'Added on the case',
  advice_request: 'From a Health Gateway advice request',
  dip_sample: 'From a dip sample’s moderation',
};

/** Who owns an action: one person, or a team (an agency such as a health team), whose members share it. */
export const ACTION_OWNER_KINDS = ['person', 'team'] as const;
export type ActionOwnerKind = (typeof ACTION_OWNER_KINDS)[number];

/** The longest an action's description, and a note closing it, may be. */
export const ACTION_TEXT_MAX_LENGTH = 2000;
