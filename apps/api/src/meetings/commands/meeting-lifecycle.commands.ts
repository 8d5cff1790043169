import type { EndMeeting, StartMeeting } from '@convene/contracts';
import type { CommandHandler } from '../engine/command-context.js';
import { requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';

/** The chair opens the meeting; the voting members already in the room are marked present. */
export const startMeeting: CommandHandler<StartMeeting> = async (ctx) => {
  requireChair(ctx);
  if (ctx.meeting.status !== 'scheduled') throw new MeetingError('wrong_state', 'The meeting has already started.');
  // TypeORM answers an UPDATE with [rows, affected count].
  const [[{ started_at: startedAt }]] = await ctx.manager.query(
    `UPDATE meetings SET status = 'in_progress', started_at = now() WHERE id = $1 RETURNING started_at`,
    [ctx.meeting.id],
  );
  if (ctx.present.length > 0) {
    await ctx.manager.query(
      `UPDATE meeting_members SET attendance = 'present' WHERE meeting_id = $1 AND user_id = ANY($2::uuid[]) AND attendance = 'expected'`,
      [ctx.meeting.id, ctx.present],
    );
  }
  return {
    type: 'meeting.started',
    payload: { startedAt: new Date(startedAt).toISOString() },
    audit: { entityType: 'meeting', entityId: ctx.meeting.id, before: { status: 'scheduled' }, after: { status: 'in_progress', presentOnStart: ctx.present } },
  };
};

/** The chair closes the meeting; the minutes are assembled from its events. No vote may still be open. */
export const endMeeting: CommandHandler<EndMeeting> = async (ctx) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const open = await ctx.manager.query(`SELECT 1 FROM agenda_items WHERE meeting_id = $1 AND voting_status = 'open'`, [ctx.meeting.id]);
  if (open.length > 0) throw new MeetingError('wrong_state', 'Close the open vote before ending the meeting.');
  const [[{ ended_at: endedAt }]] = await ctx.manager.query(
    `UPDATE meetings SET status = 'ended', ended_at = now(), current_item_id = NULL WHERE id = $1 RETURNING ended_at`,
    [ctx.meeting.id],
  );
  return {
    type: 'meeting.ended',
    payload: { endedAt: new Date(endedAt).toISOString() },
    audit: { entityType: 'meeting', entityId: ctx.meeting.id, before: { status: 'in_progress' }, after: { status: 'ended' } },
  };
};
