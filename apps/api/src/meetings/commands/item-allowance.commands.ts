import type { SetItemAllowance } from '@convene/contracts';
import { DEFAULT_ITEM_ALLOWANCE_MINUTES } from '@convene/domain';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { lockItem, requireChair } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';

/** The chair gives an item more or less time than its kind's default, before or during the meeting. */
export const setItemAllowance: CommandHandler<SetItemAllowance> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended' || ctx.meeting.status === 'cancelled')
    throw new MeetingError('wrong_state', 'The meeting is over.');
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided' || item.status === 'deferred')
    throw new MeetingError('wrong_state', 'This item has been dealt with.');
  await new AgendaItemsRepository(ctx.manager).setAllowance(item.id, command.minutes);
  return {
    type: 'item.allowance_set',
    payload: { itemId: item.id, minutes: command.minutes },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { allowanceMinutes: item.allowance_minutes ?? DEFAULT_ITEM_ALLOWANCE_MINUTES[item.kind] },
      after: { allowanceMinutes: command.minutes },
    },
  };
};
