import { Injectable } from '@nestjs/common';
import type { WeeklyClearedView, WeeklyListView } from '@convene/contracts';
import { dayInEngland, sittingWeek } from '@convene/domain';
import { DataSource } from 'typeorm';
import { actionView } from '../../actions/action-view.js';
import { ActionsRepository } from '../../actions/actions.repository.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { WeeklyListNotFoundError } from './weekly-orders.errors.js';
import { WeeklyOrdersRepository, type SittingRow } from './weekly-orders.repository.js';

const sittingOf = (s: SittingRow) => ({
  id: s.id,
  title: s.title,
  startsAt: new Date(s.starts_at).toISOString(),
});

/**
 * What the Weekly Orders leaves each person with: a Family Link Officer's list of their children on the sitting's
 * agenda, with reasons, dates and actions; and for the chair, the locality's lead, what was cleared since last week.
 */
@Injectable()
export class WeeklyListsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The officer's list: for the officer themself, or the sitting's chair. */
  async officerList(user: SessionUser, meetingId: string, officerId: string): Promise<WeeklyListView> {
    const db = this.dataSource.manager;
    const weekly = new WeeklyOrdersRepository(db);
    const sitting = await this.sittingFor(weekly, meetingId, user);
    if (sitting.role !== 'chair' && user.id !== officerId) throw new WeeklyListNotFoundError();
    const displayName = await weekly.displayName(officerId);
    if (!displayName) throw new WeeklyListNotFoundError();
    const items = await weekly.presentedBy(meetingId, officerId);
    const reasons = await weekly.reasonsOf(items.map((i) => i.item_id));
    const today = todayInEngland();
    const actions = (await new ActionsRepository(db).inMeeting(meetingId)).map((row) => ({
      itemId: row.agenda_item_id,
      ownerId: row.owner_user_id,
      view: actionView(row, today),
    }));
    return {
      meeting: sittingOf(sitting),
      week: sittingWeek(dayInEngland(new Date(sitting.starts_at))),
      officer: { id: officerId, displayName },
      children: items.map((item) => ({
        itemId: item.item_id,
        childId: item.child_id,
        caseReference: item.case_reference,
        locality: { code: item.locality_code, name: item.locality_name },
        reasons: reasons.get(item.item_id) ?? [],
        outcome: item.outcome ? { outcome: item.outcome, reasons: item.outcome_reasons ?? '' } : null,
        actions: actions.filter((a) => a.itemId === item.item_id).map((a) => a.view),
      })),
      yourActions: actions.filter((a) => a.ownerId === officerId).map((a) => a.view),
      officersOnAgenda: sitting.role === 'chair' ? await weekly.presenters(meetingId) : [],
    };
  }

  /** For the chair: the locality's children on last week's agenda and not on this one, and its actions closed since. */
  async clearedInLocality(
    user: SessionUser,
    meetingId: string,
    localityCode: string,
  ): Promise<WeeklyClearedView> {
    const db = this.dataSource.manager;
    const weekly = new WeeklyOrdersRepository(db);
    const sitting = await this.sittingFor(weekly, meetingId, user);
    const locality = await weekly.locality(localityCode);
    if (sitting.role !== 'chair' || !locality) throw new WeeklyListNotFoundError();
    const actions = new ActionsRepository(db);
    const previous = await actions.previousOfGroup(meetingId);
    const view: WeeklyClearedView = {
      meeting: sittingOf(sitting),
      locality,
      previousMeeting: previous ? sittingOf({ ...previous, kind: sitting.kind, role: null }) : null,
      clearedChildren: [],
      actionsClosed: [],
    };
    if (!previous) return view;
    const cleared = await weekly.notCarriedOver(previous.id, meetingId, localityCode);
    const reasons = await weekly.reasonsOf(cleared.map((c) => c.item_id));
    const today = todayInEngland();
    return {
      ...view,
      clearedChildren: cleared.map((c) => ({
        childId: c.child_id,
        caseReference: c.case_reference,
        reasons: reasons.get(c.item_id) ?? [],
      })),
      actionsClosed: (await actions.closedSinceInLocality(previous, localityCode)).map((row) =>
        actionView(row, today),
      ),
    };
  }

  /** A Weekly Orders sitting the caller is invited to; any other is not there for them. */
  private async sittingFor(weekly: WeeklyOrdersRepository, meetingId: string, user: SessionUser) {
    const sitting = await weekly.sitting(meetingId, user.id);
    if (!sitting || sitting.kind !== 'weekly_orders' || sitting.role === null)
      throw new WeeklyListNotFoundError();
    return sitting;
  }
}
