import type { MarkCriterion } from '@convene/contracts';
import type { CommandHandler } from '../engine/command-context.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';

/** The chair marks one of the council's threshold criteria met or not met for the case under discussion. */
export const markCriterion: CommandHandler<MarkCriterion> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided') throw new MeetingError('wrong_state', 'The decision is recorded: its criteria are kept as they were.');
  const criterion = await ctx.manager.query(`SELECT 1 FROM threshold_criteria WHERE id = $1 AND item_kind = $2`, [command.criterionId, item.kind]);
  if (criterion.length === 0) {
    throw new MeetingError('validation_failed', 'That is not one of the criteria for this kind of decision.', [{ field: 'criterionId', messages: ['not a criterion for this item'] }]);
  }
  const [before] = await ctx.manager.query(`SELECT met FROM criterion_marks WHERE agenda_item_id = $1 AND criterion_id = $2`, [item.id, command.criterionId]);
  await ctx.manager.query(
    `INSERT INTO criterion_marks (agenda_item_id, criterion_id, met, marked_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agenda_item_id, criterion_id) DO UPDATE SET met = EXCLUDED.met, marked_by = EXCLUDED.marked_by, marked_at = now()`,
    [item.id, command.criterionId, command.met, ctx.user.id],
  );
  return {
    type: 'criteria.marked',
    payload: { itemId: item.id, criterionId: command.criterionId, met: command.met },
    audit: { entityType: 'agenda_item', entityId: item.id, before: before ? { criterionId: command.criterionId, met: before.met } : null, after: { criterionId: command.criterionId, met: command.met } },
  };
};
