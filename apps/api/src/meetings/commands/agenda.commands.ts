import type { AdvanceAgenda, DeferItem, ReorderAgenda } from '@convene/contracts';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';

/** The chair puts the agenda in a new order; every item must be named once. */
export const reorderAgenda: CommandHandler<ReorderAgenda> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const agenda = new AgendaItemsRepository(ctx.manager);
  const before = await agenda.lockOrder(ctx.meeting.id);
  const same =
    before.length === command.itemIds.length &&
    new Set(command.itemIds).size === before.length &&
    command.itemIds.every((id) => before.includes(id));
  if (!same)
    throw new MeetingError('validation_failed', 'Name every item on the agenda exactly once.', [
      { field: 'itemIds', messages: ['must list every agenda item once'] },
    ]);
  await agenda.reorder(ctx.meeting.id, command.itemIds);
  return {
    type: 'agenda.reordered',
    payload: { itemIds: command.itemIds },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      before: { order: before },
      after: { order: command.itemIds },
    },
  };
};

/** The chair moves the room to an item: everyone sees the same case. */
export const advanceAgenda: CommandHandler<AdvanceAgenda> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'pending') await new AgendaItemsRepository(ctx.manager).startDiscussion(item.id);
  await new MeetingsRepository(ctx.manager).setCurrentItem(ctx.meeting.id, item.id);
  return {
    type: 'agenda.advanced',
    payload: { itemId: item.id },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      before: { currentItemId: ctx.meeting.current_item_id },
      after: { currentItemId: item.id },
    },
  };
};

/** The chair defers an item, with the reason (for example, more information is needed). */
export const deferItem: CommandHandler<DeferItem> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided') throw new MeetingError('wrong_state', 'This item has already been decided.');
  if (item.voting_status === 'open')
    throw new MeetingError('wrong_state', 'Close the vote before deferring the item.');
  await new AgendaItemsRepository(ctx.manager).defer(item.id, command.reason, ctx.user.id);
  return {
    type: 'item.deferred',
    payload: { itemId: item.id, reason: command.reason },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { status: item.status },
      after: { status: 'deferred', reason: command.reason },
    },
  };
};
