/**
 * What Convene tells people about, each with who may turn it off and how it is delivered unless the person
 * chooses otherwise. Statutory and safeguarding kinds cannot be turned off: a person may only choose between
 * hearing at once and in the daily digest.
 */
export const NOTIFICATION_KINDS = [
  'agenda_ready',
  'voting_waiting',
  'advice_triaged',
  'advice_due_soon',
  'advice_overdue',
  'advice_pushed_back',
  'case_decided',
  'dip_sample_waiting',
  'annual_review_due_soon',
  'annual_review_overdue',
  'statutory_deadline_this_week',
  'sign_in_failures',
  'action_assigned',
  'action_due_tomorrow',
  'action_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** At once, gathered into one email a day at the person's chosen time, or not at all. */
export const NOTIFICATION_DELIVERIES = ['now', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export interface NotificationKindRules {
  /** What a person sees in their preferences. */
  label: string;
  /** Set in law (the SEND Regulations' time limits) or about someone's safety or account: never `off`. */
  mandatory: boolean;
  defaultDelivery: Exclude<NotificationDelivery, 'off'>;
}

export const NOTIFICATION_KIND_RULES: Record<NotificationKind, NotificationKindRules> = {
  agenda_ready: {
    label: 'The agenda of a meeting you sit on is ready or changed',
    mandatory: false,
    defaultDelivery: 'now',
  },
  voting_waiting: { label: 'Voting or scoring is waiting for you', mandatory: false, defaultDelivery: 'now' },
  advice_triaged: { label: 'Advice has been triaged to your team', mandatory: false, defaultDelivery: 'now' },
  // reg 8(1): advice within 6 weeks of being asked.
  advice_due_soon: { label: 'Advice is due within a week', mandatory: true, defaultDelivery: 'digest' },
  advice_overdue: { label: 'Advice is overdue', mandatory: true, defaultDelivery: 'now' },
  advice_pushed_back: {
    label: 'A team pushed back an advice request',
    mandatory: false,
    defaultDelivery: 'now',
  },
  case_decided: { label: 'Your case was decided', mandatory: false, defaultDelivery: 'now' },
  dip_sample_waiting: {
    label: 'A dip sample waits for your scores',
    mandatory: false,
    defaultDelivery: 'digest',
  },
  // s44(1): an annual review within 12 months.
  annual_review_due_soon: {
    label: 'An annual review of your case is due within 4 weeks',
    mandatory: true,
    defaultDelivery: 'digest',
  },
  annual_review_overdue: {
    label: 'An annual review of your case is overdue',
    mandatory: true,
    defaultDelivery: 'now',
  },
  statutory_deadline_this_week: {
    label: 'A statutory deadline of your case falls this week',
    mandatory: true,
    defaultDelivery: 'now',
  },
  // Safeguarding the account: someone may be guessing its password.
  sign_in_failures: { label: 'Your sign-in failed repeatedly', mandatory: true, defaultDelivery: 'now' },
  action_assigned: {
    label: 'An action was given to you or your team',
    mandatory: false,
    defaultDelivery: 'now',
  },
  action_due_tomorrow: {
    label: 'An action of yours or your team’s is due tomorrow',
    mandatory: false,
    defaultDelivery: 'digest',
  },
  action_overdue: {
    label: 'An action of yours or your team’s is overdue',
    mandatory: false,
    defaultDelivery: 'now',
  },
};

/** Whether a person may choose `delivery` for `kind`: a mandatory kind is never off. */
export function mayChooseDelivery(kind: NotificationKind, delivery: NotificationDelivery): boolean {
  return delivery !== 'off' || !NOTIFICATION_KIND_RULES[kind].mandatory;
}

/** When a digest is sent unless the person picks another time: England's time, HH:MM. */
export const DEFAULT_DIGEST_TIME = '07:30';

const ENGLISH_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The time on a clock in England at a moment, HH:MM (GMT in winter, BST in summer). */
export function clockTimeInEngland(instant: Date): string {
  return ENGLISH_CLOCK.format(instant);
}

/** True once England's clock has reached the person's digest time (HH:MM) on the day of `instant`. */
export function isDigestTimeReached(instant: Date, digestTime: string): boolean {
  return clockTimeInEngland(instant) >= digestTime;
}

/**
 * The statutory deadline a request at each open stage runs to, in weeks from the day it was received: the one a
 * Family Link Officer is reminded of in the week it falls.
 */
export const STAGE_DEADLINES: readonly { stage: string; weeks: number; deadline: string }[] = [
  // reg 5(1): the decision whether to assess.
  { stage: 'received', weeks: 6, deadline: 'decision whether to assess (6 weeks)' },
  // reg 10(1): a decision not to issue a plan.
  { stage: 'assessment', weeks: 16, deadline: 'decision whether to issue a plan (16 weeks)' },
  // reg 13(2): the final plan.
  { stage: 'decision_to_issue', weeks: 20, deadline: 'final plan (20 weeks)' },
  { stage: 'draft_issued', weeks: 20, deadline: 'final plan (20 weeks)' },
];

/** Reminders of advice fall due within this many days; reminders of annual reviews within 4 weeks. */
export const ADVICE_DUE_SOON_DAYS = 7;
export const REVIEW_DUE_SOON_DAYS = 28;
