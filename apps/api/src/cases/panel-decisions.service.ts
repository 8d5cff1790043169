import { Injectable } from '@nestjs/common';
import type { PanelDecision } from '@convene/contracts';
import type { AgendaItemKind } from '@convene/domain';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { CaseAccessService } from './case-access.service.js';

interface PanelDecisionRow {
  item_id: string;
  meeting_id: string;
  meeting_title: string;
  held_on: string;
  kind: AgendaItemKind;
  status: PanelDecision['status'];
  outcome: string | null;
  outcome_reasons: string | null;
  outcome_conditions: string | null;
  deferred_reason: string | null;
}

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
    const rows: PanelDecisionRow[] = await this.dataSource.query(
      `SELECT a.id AS item_id, m.id AS meeting_id, m.title AS meeting_title,
              to_char((coalesce(m.started_at, m.starts_at) AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS held_on,
              a.kind, a.status, a.outcome, a.outcome_reasons, a.outcome_conditions, a.deferred_reason
         FROM agenda_items a
         LEFT JOIN ehc_requests r ON r.id = a.request_id
         LEFT JOIN panel_requests pr ON pr.id = a.panel_request_id
         JOIN meetings m ON m.id = a.meeting_id
        WHERE coalesce(r.child_id, pr.child_id) = $1
          AND a.status IN ('decided', 'deferred')
          AND m.status IN ('in_progress', 'ended')
        ORDER BY coalesce(m.started_at, m.starts_at) DESC, a.decided_at DESC NULLS LAST, a.position DESC`,
      [childId],
    );
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
