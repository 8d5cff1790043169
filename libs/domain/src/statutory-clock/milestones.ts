import { daysBetween, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { TimeLimitException } from './clock-events.js';

/** An open milestone whose due date is this many days away or fewer (the day itself included) is "due soon". */
export const DUE_SOON_WITHIN_DAYS = 7;

export const MILESTONE_KINDS = [
  'decision_to_assess',
  'advice',
  'decision_whether_to_issue',
  'draft_plan',
  'final_plan',
  'annual_review_meeting',
  'annual_review_decision',
  'amended_plan',
  'phase_transfer_amendment',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  decision_to_assess: 'Decision whether to assess',
  advice: 'Advice',
  decision_whether_to_issue: 'Decision whether to issue a plan',
  draft_plan: 'Draft plan',
  final_plan: 'Final plan',
  annual_review_meeting: 'Annual review meeting',
  annual_review_decision: 'Decision after the annual review',
  amended_plan: 'Amended plan',
  phase_transfer_amendment: 'Plan amended for the phase transfer',
};

export const MILESTONE_STATUSES = [
  'completed_on_time',
  'completed_late',
  'open_on_track',
  'due_soon',
  'overdue',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  completed_on_time: 'Done on time',
  completed_late: 'Done late',
  open_on_track: 'On track',
  due_soon: 'Due soon',
  overdue: 'Overdue',
};

/** Whether a milestone is judged against a limit in law or against the council's own target. */
export type DueBasis = 'statutory' | 'local_target';

/** One milestone of a request (or of a plan's review), as it stands on a given day. */
export interface MilestoneClock {
  milestone: MilestoneKind;
  label: string;
  /** The regulation that sets the limit, as "reg 5(1)"; null for a target of the council's own. */
  regulation: string | null;
  /** The day its clock started, where it has one. */
  startsOn: CalendarDate | null;
  statutoryDeadline: CalendarDate | null;
  localTarget: CalendarDate | null;
  /** The date the status is judged against: the statutory deadline, or else the local target. */
  dueOn: CalendarDate;
  dueBasis: DueBasis;
  completedOn: CalendarDate | null;
  status: MilestoneStatus;
  /** For an open milestone not yet overdue: days to the due date, 0 on the day itself. */
  daysLeft: number | null;
  /** For an overdue milestone, or one done late: days past the due date. */
  daysOverdue: number | null;
  /** Null when there is no local target, or it has not passed yet. */
  localTargetMet: boolean | null;
  /** An accepted exception to the time limit applies: report it apart, not simply as late. */
  exceptionCase: boolean;
  exceptions: readonly TimeLimitException[];
}

export interface MilestoneTiming {
  status: MilestoneStatus;
  daysLeft: number | null;
  daysOverdue: number | null;
}

/**
 * Where a milestone stands against its due date. The due date itself is on time; the day after is late.
 * An open milestone is judged on `today`, a completed one on the day it was done.
 */
export function milestoneTiming(
  dueOn: CalendarDate,
  completedOn: CalendarDate | null,
  today: CalendarDate,
): MilestoneTiming {
  if (completedOn !== null) {
    const daysLate = daysBetween(dueOn, completedOn);
    return daysLate > 0
      ? { status: 'completed_late', daysLeft: null, daysOverdue: daysLate }
      : { status: 'completed_on_time', daysLeft: null, daysOverdue: null };
  }
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { status: 'overdue', daysLeft: null, daysOverdue: -daysLeft };
  return {
    status: daysLeft <= DUE_SOON_WITHIN_DAYS ? 'due_soon' : 'open_on_track',
    daysLeft,
    daysOverdue: null,
  };
}

/** Whether the council's own target was met: null when there is none, or when it has not passed yet. */
export function localTargetMet(
  localTarget: CalendarDate | null,
  completedOn: CalendarDate | null,
  today: CalendarDate,
): boolean | null {
  if (localTarget === null) return null;
  if (completedOn !== null) return daysBetween(completedOn, localTarget) >= 0;
  return daysBetween(today, localTarget) >= 0 ? null : false;
}

export function isOpen(milestone: MilestoneClock): boolean {
  return milestone.completedOn === null;
}

export interface MilestoneDefinition {
  milestone: MilestoneKind;
  label?: string;
  regulation: string | null;
  startsOn: CalendarDate | null;
  statutoryDeadline: CalendarDate | null;
  localTarget: CalendarDate | null;
  completedOn: CalendarDate | null;
  exceptions?: readonly TimeLimitException[];
}

/** Judges a milestone on `today`, against its statutory deadline where it has one. */
export function milestoneClock(definition: MilestoneDefinition, today: CalendarDate): MilestoneClock {
  const { statutoryDeadline, localTarget, completedOn } = definition;
  const dueOn = statutoryDeadline ?? localTarget;
  if (dueOn === null)
    throw new RangeError(`${definition.milestone} has neither a statutory deadline nor a local target`);
  const exceptions = definition.exceptions ?? [];
  return {
    milestone: definition.milestone,
    label: definition.label ?? MILESTONE_LABELS[definition.milestone],
    regulation: definition.regulation,
    startsOn: definition.startsOn,
    statutoryDeadline,
    localTarget,
    dueOn,
    dueBasis: statutoryDeadline !== null ? 'statutory' : 'local_target',
    completedOn,
    ...milestoneTiming(dueOn, completedOn, today),
    localTargetMet: localTargetMet(localTarget, completedOn, today),
    exceptionCase: exceptions.length > 0,
    exceptions,
  };
}
