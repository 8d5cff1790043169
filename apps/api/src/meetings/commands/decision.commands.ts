import type { DeclareInterest, RecordOutcome } from '@convene/contracts';
import { VOTE_CHOICES } from '@convene/domain';
import type { CommandHandler } from '../engine/command-context.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';

/** A member declares an interest in an item: they are recused from its vote and its quorum. */
export const declareInterest: CommandHandler<DeclareInterest> = async (ctx, command) => {
  requireInProgress(ctx);
  if (ctx.role === 'observer') throw new MeetingError('forbidden', 'Observers do not take part in items.');
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status === 'closed' || item.voting_status === 'revealed' || item.status === 'decided') {
    throw new MeetingError('wrong_state', 'Declare an interest before the vote on this item closes.');
  }
  const inserted = await ctx.manager.query(
    `INSERT INTO declarations_of_interest (agenda_item_id, user_id, meeting_id, reason) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [item.id, ctx.user.id, ctx.meeting.id, command.reason],
  );
  if (inserted.length === 0) throw new MeetingError('wrong_state', 'You have already declared an interest in this item.');
  return {
    type: 'interest.declared',
    payload: { itemId: item.id, userId: ctx.user.id, reason: command.reason },
    audit: { entityType: 'agenda_item', entityId: item.id, after: { declaredBy: ctx.user.id, reason: command.reason } },
  };
};

/** The chair records the decision, always with its reasons. Not while a vote is open or unrevealed. */
export const recordOutcome: CommandHandler<RecordOutcome> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided') throw new MeetingError('wrong_state', 'A decision is already recorded for this item.');
  if (item.voting_status === 'open' || item.voting_status === 'closed') {
    throw new MeetingError('wrong_state', 'Close the vote and reveal it before recording the decision.');
  }
  const outcomes = VOTE_CHOICES[item.kind];
  if (!outcomes.includes(command.outcome)) {
    throw new MeetingError('validation_failed', `The decision must be one of: ${outcomes.join(', ')}.`, [{ field: 'outcome', messages: [`must be one of ${outcomes.join(', ')}`] }]);
  }
  const [{ request_id: requestId, panel_request_id: panelRequestId }] = await ctx.manager.query(`SELECT request_id, panel_request_id FROM agenda_items WHERE id = $1`, [item.id]);
  // The panel's effect first (a refused step refuses the whole decision), then the item is decided.
  await ctx.effects.apply({
    manager: ctx.manager,
    user: ctx.user,
    meetingId: ctx.meeting.id,
    item: { id: item.id, kind: item.kind, requestId, panelRequestId },
    outcome: command.outcome,
    reasons: command.reasons.trim(),
  });
  await ctx.manager.query(
    `UPDATE agenda_items SET status = 'decided', outcome = $2, outcome_reasons = $3, outcome_conditions = $4, decided_at = now(), decided_by = $5 WHERE id = $1`,
    [item.id, command.outcome, command.reasons.trim(), command.conditions?.trim() || null, ctx.user.id],
  );
  return {
    type: 'outcome.recorded',
    payload: { itemId: item.id, outcome: command.outcome, reasons: command.reasons.trim(), conditions: command.conditions?.trim() || null },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { status: item.status },
      after: { status: 'decided', outcome: command.outcome, reasons: command.reasons.trim(), conditions: command.conditions?.trim() || null },
    },
  };
};
