import { addWeeks, daysBetween, type CalendarDate } from '../calendar-date/calendar-date.js';
import { DUE_SOON_WITHIN_DAYS } from '../statutory-clock/milestones.js';
import { FINAL_PLAN_WEEKS, weekOfPath } from '../statutory-clock/time-limits.js';
import type { RequestStage } from '../vocabulary/requests.js';
import { NEXT_DEADLINE_WEEKS } from './request-path.js';

const MILESTONES: Partial<Record<RequestStage, { milestone: string; label: string }>> = {
  received: { milestone: 'decision_to_assess', label: 'Decision whether to assess' },
  assessment: { milestone: 'decision_to_issue_or_not', label: 'Decision whether to issue a plan' },
  decision_to_issue: { milestone: 'final_plan', label: 'Final plan' },
  draft_issued: { milestone: 'final_plan', label: 'Final plan' },
};

export interface ClockBadgeView {
  milestone: string;
  label: string;
  dueOn: CalendarDate;
  daysLeft: number;
  status: 'on_track' | 'due_soon' | 'overdue';
  week: number;
  ofWeeks: number;
}

/**
 * The caseload's one-glance view of the statutory clock: the statutory limit an open request is
 * working towards at its stage, counted from the day it was received. Null for a closed request.
 * (The case page shows every milestone from the full `statutoryClock`.)
 */
export function clockBadge(
  stage: RequestStage,
  receivedOn: CalendarDate,
  today: CalendarDate,
): ClockBadgeView | null {
  const weeks = NEXT_DEADLINE_WEEKS[stage];
  const milestone = MILESTONES[stage];
  if (weeks === undefined || !milestone) return null;
  const dueOn = addWeeks(receivedOn, weeks);
  const daysLeft = daysBetween(today, dueOn);
  return {
    ...milestone,
    dueOn,
    daysLeft,
    status: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_WITHIN_DAYS ? 'due_soon' : 'on_track',
    week: weekOfPath(receivedOn, today),
    ofWeeks: FINAL_PLAN_WEEKS,
  };
}
