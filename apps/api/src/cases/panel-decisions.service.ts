import { Injectable } from '@nestjs/common';
import type { PanelDecision } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { AgendaItemsRepository } from '../meetings/agenda-items.repository.js';
import { CaseAccessService } from './case-access.service.js';

/**
 * What the panels have already decided, or deferred, for one child: read beside the item under
 * discussion so the panel weighs a case with its history. Only meetings that have sat count; a
 * scheduled or cancelled meeting has decided nothing.
 */
@Injectable()
export class PanelDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  async forChild(user: SessionUser, childId: string): Promise<PanelDecision[]> {
    await this.access.assertCanSee(user, childId);
    const rows = await new AgendaItemsRepository(this.dataSource.manager).decidedForChild(childId);
    return rows.map((row) => ({
      itemId: row.item_id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      heldOn: row.held_on,
      kind: row.kind,
      status: row.status,
      outcome: row.outcome,
      reasons: row.outcome_reasons,
      conditions: row.outcome_conditions,
      deferredReason: row.deferred_reason,
    }));
  }
}
