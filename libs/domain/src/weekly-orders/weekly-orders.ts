import {
  addDays,
  compareDates,
  dayOfWeek,
  DAYS_OF_WEEK,
  isBefore,
  isWithin,
  type CalendarDate,
} from '../calendar-date/calendar-date.js';
import { isOpen, type MilestoneClock, type MilestoneKind } from '../statutory-clock/milestones.js';

/** Why a child is on the Weekly Orders: what of their statutory clocks needs an action or a task that week. */
export const WEEKLY_ORDER_REASONS = [
  'overdue_step',
  'advice_overdue',
  'annual_review_to_convene',
  'annual_review_to_decide',
  'phase_transfer_due',
  'deadline_this_week',
] as const;
export type WeeklyOrderReasonKind = (typeof WEEKLY_ORDER_REASONS)[number];

export const WEEKLY_ORDER_REASON_LABELS: Record<WeeklyOrderReasonKind, string> = {
  overdue_step: 'Overdue step',
  advice_overdue: 'Advice overdue',
  annual_review_to_convene: 'Annual review to convene',
  annual_review_to_decide: 'Annual review to decide',
  phase_transfer_due: 'Phase transfer amendment due',
  deadline_this_week: 'Statutory deadline this week',
};

/** The Monday to Sunday, in England, that a sitting on `on` looks at. */
export interface SittingWeek {
  monday: CalendarDate;
  sunday: CalendarDate;
}

export function sittingWeek(on: CalendarDate): SittingWeek {
  // DAYS_OF_WEEK starts on Sunday: Monday is index 1, Sunday goes back six days.
  const index = DAYS_OF_WEEK.indexOf(dayOfWeek(on));
  const monday = addDays(on, index === 0 ? -6 : 1 - index);
  return { monday, sunday: addDays(monday, 6) };
}

/** One reason a child is on the agenda: the milestone, its statutory date, and whether it is already past. */
export interface WeeklyOrderReason {
  reason: WeeklyOrderReasonKind;
  milestone: MilestoneKind;
  label: string;
  regulation: string | null;
  dueOn: CalendarDate;
  overdue: boolean;
}

const REVIEW_REASONS: Partial<Record<MilestoneKind, WeeklyOrderReasonKind>> = {
  annual_review_meeting: 'annual_review_to_convene',
  annual_review_decision: 'annual_review_to_decide',
  phase_transfer_amendment: 'phase_transfer_due',
};

/**
 * The reasons a child's milestones (from `statutoryClock`, `annualReviewClock` and `phaseTransferClock`) put them on
 * the sitting's agenda: each still open whose due day falls in the sitting's week, or before it (overdue). A
 * milestone due after the Sunday, or done, gives none. Most urgent first: overdue before due, earliest date first.
 */
export function weeklyOrderReasons(
  milestones: readonly MilestoneClock[],
  week: SittingWeek,
): WeeklyOrderReason[] {
  const reasons: WeeklyOrderReason[] = [];
  for (const m of milestones) {
    if (!isOpen(m)) continue;
    const overdue = isBefore(m.dueOn, week.monday);
    if (!overdue && !isWithin(m.dueOn, week.monday, week.sunday)) continue;
    const reason =
      REVIEW_REASONS[m.milestone] ??
      (!overdue ? 'deadline_this_week' : m.milestone === 'advice' ? 'advice_overdue' : 'overdue_step');
    reasons.push({
      reason,
      milestone: m.milestone,
      label: m.label,
      regulation: m.regulation,
      dueOn: m.dueOn,
      overdue,
    });
  }
  return reasons.sort(compareUrgency);
}

/** Overdue before due, then the earliest date first. */
export function compareUrgency(a: Pick<WeeklyOrderReason, 'overdue' | 'dueOn'>, b: typeof a): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return compareDates(a.dueOn, b.dueOn);
}

/** A child for the agenda: their locality, and their reasons most urgent first (never empty). */
export interface WeeklyOrderChild {
  caseReference: string;
  localityName: string;
  reasons: readonly WeeklyOrderReason[];
}

/**
 * The agenda's order: grouped by locality (in name order), and within each the most urgent child first, by their
 * most urgent reason (overdue before due, earliest date first); the case reference settles a tie.
 */
export function orderWeeklyOrders<C extends WeeklyOrderChild>(children: readonly C[]): C[] {
  return [...children].sort(
    (a, b) =>
      a.localityName.localeCompare(b.localityName, 'en-GB') ||
      compareUrgency(a.reasons[0]!, b.reasons[0]!) ||
      a.caseReference.localeCompare(b.caseReference, 'en-GB'),
  );
}
