import type { ChairConfirmation } from '@convene/domain';
import { AgendaItemsRepository, type LockedItem } from '../agenda-items.repository.js';
import type { CommandContext } from './command-context.js';
import { MeetingError } from './meeting-error.js';

export type { LockedItem } from '../agenda-items.repository.js';

export function requireChair(ctx: CommandContext): void {
  if (ctx.role !== 'chair') throw new MeetingError('forbidden', 'Only the chair can do this.');
}

export function requireInProgress(ctx: CommandContext): void {
  if (ctx.meeting.status !== 'in_progress') {
    throw new MeetingError(
      'wrong_state',
      ctx.meeting.status === 'ended'
        ? 'The meeting has ended.'
        : 'The chair has not started the meeting yet.',
    );
  }
}

/** The agenda item, locked; it must belong to this meeting and not have been withdrawn from it. */
export async function lockItem(ctx: CommandContext, itemId: string): Promise<LockedItem> {
  const item = await new AgendaItemsRepository(ctx.manager).lock(itemId, ctx.meeting.id);
  if (!item)
    throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [
      { field: 'itemId', messages: ['not on this agenda'] },
    ]);
  if (item.status === 'withdrawn')
    throw new MeetingError('wrong_state', 'This item was withdrawn from the agenda.');
  return item;
}

/**
 * The engine's refusal until the chair answers a question of `libs/domain`'s chair confirmations (which the room asks
 * too, in the same words): sent again with the answer in `field`, the command goes on.
 */
export function confirmationRequired({ field, question }: ChairConfirmation): MeetingError {
  return new MeetingError('confirmation_required', question, [{ field, messages: [question] }]);
}
