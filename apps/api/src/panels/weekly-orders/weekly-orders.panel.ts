import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  definePanel,
  idsOfKinds,
  MeetingEngineRegistry,
  type SnapshotPart,
} from '../../meetings/engine/meeting-engine-registry.js';
import { WeeklyOrdersRepository } from './weekly-orders.repository.js';

/** The Weekly Orders' part of the snapshot: on each child's item, why they are on this week; none where hidden. */
const weeklyOrdersPart: SnapshotPart<'weeklyOrders'> = async (db, items) => {
  const reasons = await new WeeklyOrdersRepository(db).reasonsOf(idsOfKinds(items, ['case_actions']));
  return (item, hidden) =>
    item.kind === 'case_actions' ? (hidden ? [] : (reasons.get(item.id) ?? [])) : null;
};

/**
 * The Weekly Orders adds no command of its own: each child is discussed, given actions (`action.add`) and concluded by
 * the chair with the engine's `outcome.record` ("actions agreed"). It adds the reasons each child is on.
 */
export const WEEKLY_ORDERS_PANEL = definePanel('the Weekly Orders', {
  snapshotParts: { weeklyOrders: weeklyOrdersPart },
});

@Injectable()
export class WeeklyOrdersPanel implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}

  onModuleInit(): void {
    this.engine.register(WEEKLY_ORDERS_PANEL);
  }
}
