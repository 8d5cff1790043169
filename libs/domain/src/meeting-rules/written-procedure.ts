import type { AgendaItemKind, MeetingKind } from '../vocabulary/meetings.js';

/**
 * A decision between meetings, put to a group's members in writing by its chair: the same vote as in the room,
 * with a deadline for responses instead of a sitting. Quorum counts the members who responded, not who attended.
 */

/**
 * What a group may decide in writing: a Decision-Making Group its decisions on a case, the Health Gateway health
 * funding. Triage is routed at the gateway's board and joint funding needs each agency's share, so both wait for a
 * sitting, as does a sampled plan's scoring.
 */
export function decisionsInWriting(kind: MeetingKind): readonly AgendaItemKind[] {
  if (kind.startsWith('dmg'))
    return ['decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget'];
  return kind === 'health_gateway' ? ['health_funding'] : [];
}

/** The chair gives the members from an hour to four weeks to respond. */
export const RESPOND_BY_LIMITS = { minHours: 1, maxDays: 28 } as const;

/** Whether `respondBy` is a deadline the chair may set at `now`; null when it is, otherwise what is wrong. */
export function respondByProblem(respondBy: Date, now: Date): string | null {
  const ahead = respondBy.getTime() - now.getTime();
  if (ahead < RESPOND_BY_LIMITS.minHours * 3_600_000) return 'Give the members at least an hour to respond.';
  if (ahead > RESPOND_BY_LIMITS.maxDays * 86_400_000)
    return `A decision in writing is for urgent items: give the members at most ${RESPOND_BY_LIMITS.maxDays} days.`;
  return null;
}

export function deadlinePassed(respondBy: Date, now: Date): boolean {
  return now.getTime() >= respondBy.getTime();
}

/** The time left to respond, in words: "2 days left", "5 hours left", "40 minutes left", "the deadline has passed". */
export function timeToRespond(respondBy: Date, now: Date): string {
  const minutes = Math.floor((respondBy.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'the deadline has passed';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} left`;
  if (minutes >= 2 * 24 * 60) return plural(Math.floor(minutes / (24 * 60)), 'day');
  if (minutes >= 2 * 60) return plural(Math.floor(minutes / 60), 'hour');
  return plural(minutes, 'minute');
}

/** Who may still respond on an item put in writing: its voting members, less those who declared an interest. */
export interface WrittenResponses {
  votingMembers: readonly string[];
  responded: readonly string[];
  recused: readonly string[];
}

/** Members eligible to respond who have not. */
export function stillToRespond({ votingMembers, responded, recused }: WrittenResponses): string[] {
  return votingMembers.filter((id) => !recused.includes(id) && !responded.includes(id));
}

/**
 * The chair closes the vote in writing (and then reveals it) once the deadline has passed or every eligible member
 * has responded: closing earlier would cut off members who still have time. Null when it may close.
 */
export function closingProblem(respondBy: Date, now: Date, responses: WrittenResponses): string | null {
  if (deadlinePassed(respondBy, now)) return null;
  const waiting = stillToRespond(responses).length;
  if (waiting === 0) return null;
  return `The deadline has not passed (${timeToRespond(respondBy, now)}) and ${waiting} ${waiting === 1 ? 'member has' : 'members have'} not responded yet. Reveal the votes after the deadline, or once every member has voted.`;
}
