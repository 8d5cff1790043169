import { addDays, dayInEngland, MILESTONE_LABELS } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { ActionsRepository } from '../actions/actions.repository.js';
import { AgendaItemsRepository } from '../meetings/agenda-items.repository.js';
import { WeeklyOrdersRepository } from '../panels/weekly-orders/weekly-orders.repository.js';
import { keepWeeklyOrderReasons, proposeWeeklyOrders } from '../panels/weekly-orders/weekly-orders-agenda.js';
import type { MeetingRow } from './demo-rows.js';

/**
 * Each Weekly Orders sitting's agenda, built by the product's own builder from the loaded caseload's clocks as they
 * stood on the sitting's day. A past sitting went through every child: each has an action for its Family Link
 * Officer, and is concluded with the actions agreed; the actions of all but the last sitting are done.
 */
export async function loadWeeklyOrdersAgendas(
  manager: EntityManager,
  sittings: readonly MeetingRow[],
  chairId: string,
): Promise<number> {
  const agenda = new AgendaItemsRepository(manager);
  const actions = new ActionsRepository(manager);
  const lastPast = sittings.filter((s) => s.status === 'ended').at(-1);
  let added = 0;
  for (const sitting of sittings) {
    const on = dayInEngland(sitting.startsAt);
    const items = await proposeWeeklyOrders(manager, on);
    const ids = await agenda.append(sitting.id, items);
    await keepWeeklyOrderReasons(manager, ids, items);
    added += ids.length;
    if (sitting.status !== 'ended') continue;
    const children = new Map(
      (await new WeeklyOrdersRepository(manager).itemChildren(ids)).map((row) => [row.item_id, row.child_id]),
    );
    for (const [index, item] of items.entries()) {
      const first = item.reasons[0]!;
      if (item.presenterId) {
        const actionId = await actions.add({
          what: `${MILESTONE_LABELS[first.milestone]}: agree the next step with the family and the school`,
          ownerUserId: item.presenterId,
          ownerAgencyId: null,
          dueOn: addDays(on, 7),
          origin: 'meeting_item',
          childId: children.get(ids[index]!) ?? null,
          meetingId: sitting.id,
          agendaItemId: ids[index]!,
          createdBy: chairId,
        });
        if (sitting !== lastPast || index % 2 === 0)
          await actions.close(
            actionId,
            'done',
            'Next step agreed and recorded on the case.',
            item.presenterId,
          );
      }
      await agenda.decide(ids[index]!, {
        outcome: 'actions_agreed',
        reasons: 'Discussed with the Family Link Officer; actions agreed.',
        conditions: null,
        decidedBy: chairId,
      });
    }
  }
  return added;
}
