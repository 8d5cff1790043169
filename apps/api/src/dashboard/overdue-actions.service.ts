import { Injectable } from '@nestjs/common';
import type { ActionView, OverdueActionsByTeam } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { actionView } from '../actions/action-view.js';
import { ActionsRepository } from '../actions/actions.repository.js';
import { todayInEngland } from '../common/today.js';

/** Overdue actions on the service dashboard: a count for each team, and the actions behind each count. */
@Injectable()
export class OverdueActionsService {
  constructor(private readonly dataSource: DataSource) {}

  async byTeam(): Promise<OverdueActionsByTeam> {
    const today = todayInEngland();
    const rows = await new ActionsRepository(this.dataSource.manager).overdueByTeam(today);
    return {
      countedOn: today,
      teams: rows.map((r) => ({ agencyId: r.agency_id, team: r.team, overdue: r.overdue })),
      total: rows.reduce((sum, r) => sum + r.overdue, 0),
    };
  }

  async ofTeam(agencyId: string): Promise<ActionView[]> {
    const today = todayInEngland();
    const rows = await new ActionsRepository(this.dataSource.manager).overdueOfTeam(agencyId, today);
    return rows.map((row) => actionView(row, today));
  }
}
