import type { AddAction } from '@convene/contracts';
import type { CommandHandler } from '../meetings/engine/command-context.js';
import { lockItem, requireInProgress } from '../meetings/engine/meeting-guards.js';
import { invalidField, MeetingError } from '../meetings/engine/meeting-error.js';
import { itemAction } from './action-view.js';
import { ActionRuleError } from './actions.errors.js';
import { ActionsRepository } from './actions.repository.js';
import { addAction } from './add-action.js';

/**
 * `action.add`: the chair or a member agrees an action on an item while the meeting is under way. It is kept with
 * the item (and the item's case), so it is in the snapshot, the minutes, the owner's list and the case page.
 */
export const addActionInRoom: CommandHandler<AddAction> = async (ctx, command) => {
  requireInProgress(ctx);
  if (ctx.role !== 'chair' && ctx.role !== 'member')
    throw new MeetingError('forbidden', 'Only the chair and members agree actions.');
  const item = await lockItem(ctx, command.itemId);
  const actions = new ActionsRepository(ctx.manager);
  const childId = await actions.childOfItem(item.id);
  let added: Awaited<ReturnType<typeof addAction>>;
  try {
    added = await addAction(ctx.manager, ctx.user.id, command, {
      origin: 'meeting_item',
      childId,
      meetingId: ctx.meeting.id,
      agendaItemId: item.id,
    });
  } catch (error) {
    if (error instanceof ActionRuleError) throw invalidField(error.field, error.message);
    throw error;
  }
  const row = (await actions.find(added.id))!;
  return {
    type: 'action.added',
    payload: { itemId: item.id, action: itemAction(row) },
    audit: { entityType: 'action', entityId: added.id, after: added.audit.after ?? null },
  };
};
