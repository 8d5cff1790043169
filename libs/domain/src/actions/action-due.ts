import { daysBetween, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { ActionStatus } from '../vocabulary/actions.js';

/** How an action stands against its due day: closed, overdue, due today, due within a week, or later. */
export type ActionStanding = 'closed' | 'overdue' | 'due_today' | 'due_this_week' | 'later';

/** An open action within this many days of its due day is "due this week". */
const SOON_DAYS = 7;

export function actionStanding(
  status: ActionStatus,
  dueOn: CalendarDate,
  today: CalendarDate,
): ActionStanding {
  if (status !== 'open') return 'closed';
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due_today';
  return daysLeft < SOON_DAYS ? 'due_this_week' : 'later';
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * An open action's due day in words, as a person scanning their list reads it: "3 days overdue", "due today",
 * "due tomorrow", "due in 5 days". Null for a closed action (its status says what happened).
 */
export function actionDueInWords(
  status: ActionStatus,
  dueOn: CalendarDate,
  today: CalendarDate,
): string | null {
  return status === 'open' ? daysLeftInWords(daysBetween(today, dueOn)) : null;
}

/** A limit's days left in words: "3 days overdue", "due today", "due tomorrow", "due in 5 days". */
export function daysLeftInWords(daysLeft: number): string {
  if (daysLeft < 0) return `${days(-daysLeft)} overdue`;
  if (daysLeft === 0) return 'due today';
  if (daysLeft === 1) return 'due tomorrow';
  return `due in ${days(daysLeft)}`;
}

/** Open actions first, the most overdue first; then closed ones, the latest due first. */
export function compareActionsByUrgency(
  a: { status: ActionStatus; dueOn: CalendarDate },
  b: { status: ActionStatus; dueOn: CalendarDate },
): number {
  const openA = a.status === 'open';
  const openB = b.status === 'open';
  if (openA !== openB) return openA ? -1 : 1;
  if (a.dueOn === b.dueOn) return 0;
  return a.dueOn < b.dueOn === openA ? -1 : 1;
}
