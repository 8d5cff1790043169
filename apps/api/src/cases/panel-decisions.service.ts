import { Injectable } from '@nestjs/common';
import type { PanelDecision } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { todayInEngland } from '../common/today.js';
import { AgendaItemsRepository } from '../meetings/agenda-items.repository.js';
import { DelegationRepository } from '../meetings/delegation/delegation.repository.js';
import { CaseAccessService } from './case-access.service.js';

/**
 * What the panels have already decided, or deferred, for one child, and what was decided alone under the scheme of
 * delegation: read beside the item under
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
    const [rows, delegated] = await Promise.all([
      new AgendaItemsRepository(this.dataSource.manager).decidedForChild(childId),
      new DelegationRepository(this.dataSource.manager).ofChild(childId),
    ]);
    const atPanel = rows.map((row) => ({
      itemId: row.item_id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      decidedUnderDelegationBy: null,
      heldOn: row.held_on,
      kind: row.kind,
      status: row.status,
      outcome: row.outcome,
      reasons: row.outcome_reasons,
      conditions: row.outcome_conditions,
      deferredReason: row.deferred_reason,
    }));
    const alone = delegated.map((d): PanelDecision => ({
      itemId: d.id,
      meetingId: null,
      meetingTitle: null,
      decidedUnderDelegationBy: d.decidedBy.displayName,
      heldOn: todayInEngland(new Date(d.decidedAt)),
      kind: d.kind,
      status: 'decided',
      outcome: d.outcome,
      reasons: d.reasons,
      conditions: d.recommendations,
      deferredReason: null,
    }));
    // Newest first, both kept in their own order on a day they share.
    return [...alone, ...atPanel].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  }
}
