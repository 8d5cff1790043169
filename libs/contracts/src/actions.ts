import type { ActionOrigin, ActionStanding, ActionStatus } from '@convene/domain';
import type { PersonRef } from './cases.js';

/** An action agreed on a child's case page (by their Family Link Officer, a SEND manager or an administrator). */
export interface AddCaseAction {
  what: string;
  /** The person who owns it; or give ownerTeamId instead (exactly one of the two). */
  ownerUserId?: string;
  /** The team (agency) that owns it, whose members share it. */
  ownerTeamId?: string;
  /** The day it is due by (YYYY-MM-DD), today or later. */
  dueOn: string;
}

/** Closing an action: done, with a note of what was done; or cancelled, with why. */
export interface CloseAction {
  outcome: 'done' | 'cancelled';
  note: string;
}

/** Where an action was agreed, with what a reader needs to follow it there. */
export interface ActionOriginView {
  kind: ActionOrigin;
  /** The meeting, for an action agreed at one. */
  meetingId: string | null;
  /** The meeting's title and day in words, for an action agreed at one. */
  meetingTitle: string | null;
  itemId: string | null;
  adviceId: string | null;
  sampleId: string | null;
}

export interface ActionView {
  id: string;
  what: string;
  owner:
    | { kind: 'person'; userId: string; displayName: string }
    | { kind: 'team'; agencyId: string; displayName: string };
  dueOn: string;
  status: ActionStatus;
  standing: ActionStanding;
  /** "3 days overdue", "due today", "due in 5 days"; null once closed. */
  dueInWords: string | null;
  /** The child's case it is about, by reference (names are shown only where the reader may see them). */
  childId: string | null;
  caseReference: string | null;
  origin: ActionOriginView;
  createdBy: PersonRef;
  createdAt: string;
  /** What was done, or why it was cancelled. */
  closingNote: string | null;
  closedBy: PersonRef | null;
  closedAt: string | null;
}

/** A person's actions: their own and their team's, open first, the most overdue first. */
export interface MyActionsView {
  items: ActionView[];
  openCount: number;
  overdueCount: number;
}

/** Who an action may be given to: every active person (with their team's name), and every team. */
export interface ActionOwnersView {
  people: { id: string; displayName: string; teamName: string }[];
  teams: { id: string; name: string }[];
}

/**
 * The actions agreed at the previous meeting of the same group (the same kind of panel), for its chair to go through
 * at the next: open ones first, the most overdue first, then those closed since.
 */
export interface ActionsFromLastTimeView {
  /** The group's previous meeting (not cancelled) that started before this one; null at its first. */
  previousMeeting: { id: string; title: string; startsAt: string } | null;
  items: ActionView[];
  openCount: number;
}

/** For the service dashboard: open actions past their due day, by the team answerable for each. */
export interface OverdueActionsByTeam {
  /** The day they are counted on, in England. */
  countedOn: string;
  /** Teams with any, the most overdue first: the owning team, or the owner's own team (agency). */
  teams: { agencyId: string; team: string; overdue: number }[];
  total: number;
}
