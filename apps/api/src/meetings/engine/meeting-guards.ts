import type { AgendaItemKind, AgendaItemStatus } from '@convene/domain';
import type { VotingStatus } from '@convene/contracts';
import type { CommandContext } from './command-context.js';
import { MeetingError } from './meeting-error.js';

export interface LockedItem {
  id: string;
  kind: AgendaItemKind;
  status: AgendaItemStatus;
  voting_status: VotingStatus;
}

export function requireChair(ctx: CommandContext): void {
  if (ctx.role !== 'chair') throw new MeetingError('forbidden', 'Only the chair can do this.');
}

export function requireInProgress(ctx: CommandContext): void {
  if (ctx.meeting.status !== 'in_progress') {
    throw new MeetingError('wrong_state', ctx.meeting.status === 'ended' ? 'The meeting has ended.' : 'The chair has not started the meeting yet.');
  }
}

/** The agenda item, locked; it must belong to this meeting and not have been withdrawn from it. */
export async function lockItem(ctx: CommandContext, itemId: string): Promise<LockedItem> {
  const [item] = await ctx.manager.query(
    `SELECT id, kind, status, voting_status FROM agenda_items WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
    [itemId, ctx.meeting.id],
  );
  if (!item) throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [{ field: 'itemId', messages: ['not on this agenda'] }]);
  if (item.status === 'withdrawn') throw new MeetingError('wrong_state', 'This item was withdrawn from the agenda.');
  return item;
}

/** Voting members marked present (chair and members; presenters and observers do not vote). */
export async function presentVoters(ctx: CommandContext): Promise<string[]> {
  const rows = await ctx.manager.query(
    `SELECT user_id FROM meeting_members WHERE meeting_id = $1 AND role = 'member' AND attendance = 'present'`,
    [ctx.meeting.id],
  );
  return rows.map((r: { user_id: string }) => r.user_id);
}

export async function recusedFrom(ctx: CommandContext, itemId: string): Promise<string[]> {
  const rows = await ctx.manager.query(`SELECT user_id FROM declarations_of_interest WHERE agenda_item_id = $1`, [itemId]);
  return rows.map((r: { user_id: string }) => r.user_id);
}

/**
 * How many members have a current vote on the item (SQL expressions for the item and its meeting): recused
 * members' votes do not count, and each member counts once however often they changed their vote.
 */
export const votedCountOf = (itemId: string, meetingId: string) => `(SELECT count(*)::int FROM meeting_members mb
    WHERE mb.meeting_id = ${meetingId}
      AND EXISTS (SELECT 1 FROM votes v WHERE v.agenda_item_id = ${itemId} AND v.voter_id = mb.user_id)
      AND NOT EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = ${itemId} AND d.user_id = mb.user_id))`;

/** How many members have a current vote on the item, as `votedCountOf` counts them. */
export async function votedCount(ctx: CommandContext, itemId: string): Promise<number> {
  const [{ n }] = await ctx.manager.query(`SELECT ${votedCountOf('$1', '$2')} AS n`, [itemId, ctx.meeting.id]);
  return n;
}
