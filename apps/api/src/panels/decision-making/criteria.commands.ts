import type { MarkCriterion } from '@convene/contracts';
import { ThresholdCriteriaRepository } from './threshold-criteria.repository.js';
import type { CommandHandler } from '../../meetings/engine/command-context.js';
import { lockItem, requireChair, requireInProgress } from '../../meetings/engine/meeting-guards.js';
import { MeetingError } from '../../meetings/engine/meeting-error.js';

/** The chair marks one of the council's threshold criteria met or not met for the case under discussion. */
export const markCriterion: CommandHandler<MarkCriterion> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided')
    throw new MeetingError('wrong_state', 'The decision is recorded: its criteria are kept as they were.');
  const criteria = new ThresholdCriteriaRepository(ctx.manager);
  if (!(await criteria.isFor(command.criterionId, item.kind))) {
    throw new MeetingError(
      'validation_failed',
      'That is not one of the criteria for this kind of decision.',
      [{ field: 'criterionId', messages: ['not a criterion for this item'] }],
    );
  }
  const before = await criteria.markAt(item.id, command.criterionId);
  await criteria.mark(item.id, command.criterionId, command.met, ctx.user.id);
  return {
    type: 'criteria.marked',
    payload: { itemId: item.id, criterionId: command.criterionId, met: command.met },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: before ? { criterionId: command.criterionId, met: before.met } : null,
      after: { criterionId: command.criterionId, met: command.met },
    },
  };
};
