import type { MilestoneKind, WeeklyOrderReasonKind } from '@convene/domain';
import type { ActionView } from './actions.js';

/** One reason a child is on the Weekly Orders, as the statutory clock gave it when the agenda was built. */
export interface WeeklyOrderReasonView {
  reason: WeeklyOrderReasonKind;
  milestone: MilestoneKind;
  /** The milestone in words: "Decision whether to assess", "Annual review meeting". */
  label: string;
  regulation: string | null;
  dueOn: string;
  /** Its day was before the sitting's week began. */
  overdue: boolean;
}

/** A child on a Family Link Officer's list for the week: why, by when, and what was agreed. */
export interface WeeklyListChild {
  itemId: string;
  childId: string;
  caseReference: string;
  locality: { code: string; name: string };
  reasons: WeeklyOrderReasonView[];
  /** The item concluded: "actions_agreed", with the chair's summary; null until then. */
  outcome: { outcome: string; reasons: string } | null;
  /** Actions agreed on this child at the sitting, whoever holds them. */
  actions: ActionView[];
}

/**
 * A Family Link Officer's list for a Weekly Orders sitting (REST `GET /api/weekly-orders/:meetingId/officers/:userId`):
 * their children on its agenda, most urgent first, and the actions the sitting gave them.
 */
export interface WeeklyListView {
  meeting: { id: string; title: string; startsAt: string };
  week: { monday: string; sunday: string };
  officer: { id: string; displayName: string };
  children: WeeklyListChild[];
  /** Every action agreed at the sitting that the officer holds, on any child. */
  yourActions: ActionView[];
  /** For the chair: every officer with children on the agenda, to open their lists; empty for an officer. */
  officersOnAgenda: { id: string; displayName: string }[];
}

/**
 * For a locality's lead: what was cleared since last week (REST `GET /api/weekly-orders/:meetingId/localities/:code/cleared`):
 * the children of the locality on the previous sitting's agenda and not on this one, and the actions closed since.
 */
export interface WeeklyClearedView {
  meeting: { id: string; title: string; startsAt: string };
  locality: { code: string; name: string };
  /** The previous sitting of the Weekly Orders; null for the first. */
  previousMeeting: { id: string; title: string; startsAt: string } | null;
  clearedChildren: { childId: string; caseReference: string; reasons: WeeklyOrderReasonView[] }[];
  actionsClosed: ActionView[];
}
