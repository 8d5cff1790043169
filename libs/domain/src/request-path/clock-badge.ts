import type { RequestStage } from '../vocabulary/requests.js';
import { NEXT_DEADLINE_WEEKS } from './request-path.js';

/** A limit within this many days is "due soon". */
export const DUE_SOON_DAYS = 7;
/** The whole path, from request to final plan (reg 13(2)). */
export const PATH_WEEKS = 20;

const MILESTONES: Partial<Record<RequestStage, { milestone: string; label: string }>> = {
  received: { milestone: 'decision_to_assess', label: 'Decision whether to assess' },
  assessment: { milestone: 'decision_to_issue_or_not', label: 'Decision whether to issue a plan' },
  decision_to_issue: { milestone: 'final_plan', label: 'Final plan' },
  draft_issued: { milestone: 'final_plan', label: 'Final plan' },
};

export interface ClockBadgeView {
  milestone: string;
  label: string;
  dueOn: string;
  daysLeft: number;
  status: 'on_track' | 'due_soon' | 'overdue';
  week: number;
  ofWeeks: number;
}

/**
 * Where an open request stands against its next statutory limit, counted in calendar days from the
 * day it was received; the deadline day itself is on time. Null for a closed request.
 */
export function clockBadge(stage: RequestStage, receivedOn: string, today: string): ClockBadgeView | null {
  const weeks = NEXT_DEADLINE_WEEKS[stage];
  const milestone = MILESTONES[stage];
  if (weeks === undefined || !milestone) return null;
  const dueOn = plusDays(receivedOn, weeks * 7);
  const daysLeft = dayNumber(dueOn) - dayNumber(today);
  return {
    ...milestone,
    dueOn,
    daysLeft,
    status: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_track',
    week: Math.floor((dayNumber(today) - dayNumber(receivedOn)) / 7) + 1,
    ofWeeks: PATH_WEEKS,
  };
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const plusDays = (date: string, days: number) => new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
