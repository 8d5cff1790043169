import { Injectable } from '@nestjs/common';
import type { PanelRequestView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../audit/audit.service.js';
import { CaseAccessService } from '../../../cases/case-access.service.js';
import { PathRuleError } from '../../../cases/cases.errors.js';
import { NotAllowedError } from '../../../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../../../identity/session-user.js';
import type { RaisePanelRequestDto } from './raise-panel-request.dto.js';

/** The stages at which a child has an EHC plan, drafted or final: the plan is what these requests change. */
const WITH_A_PLAN = `('draft_issued', 'final_issued')`;

const VIEW = `SELECT pr.*, u.display_name AS raised_by_name FROM panel_requests pr LEFT JOIN users u ON u.id = pr.raised_by`;

/** Changes of placement, funding and personal budget requests: raised on a case, decided at the panel. */
@Injectable()
export class PanelRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, childId: string): Promise<PanelRequestView[]> {
    await this.access.assertCanSee(user, childId);
    const rows = await this.dataSource.query(`${VIEW} WHERE pr.child_id = $1 ORDER BY pr.raised_at DESC`, [childId]);
    return rows.map(toView);
  }

  async raise(user: SessionUser, childId: string, body: RaisePanelRequestDto): Promise<PanelRequestView> {
    await this.access.assertCanSee(user, childId);
    return this.dataSource.transaction(async (manager) => {
      const [child] = await manager.query(
        `SELECT c.family_link_officer_id, EXISTS (SELECT 1 FROM ehc_requests r WHERE r.child_id = c.id AND r.stage IN ${WITH_A_PLAN}) AS has_plan
           FROM children c WHERE c.id = $1 FOR UPDATE`,
        [childId],
      );
      if (!(hasRole(user, 'admin', 'chair') || (hasRole(user, 'presenter') && child.family_link_officer_id === user.id))) {
        throw new NotAllowedError('Only the child’s Family Link Officer or a chair brings a request to the panel.');
      }
      if (!child.has_plan) throw new PathRuleError('kind', 'A change of placement, funding or a personal budget is asked for a child with an EHC plan, draft or final.');
      const money = body.kind === 'funding' || body.kind === 'personal_budget';
      if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) throw new PathRuleError('endsOn', 'The period must end on or after the day it starts.');
      const values = {
        kind: body.kind,
        summary: body.summary.trim(),
        settingName: body.kind === 'placement_change' ? body.settingName!.trim() : null,
        settingType: body.kind === 'placement_change' ? body.settingType! : null,
        amountPence: money ? body.amountPence! : null,
        band: body.kind === 'funding' ? body.band! : null,
        purpose: body.kind === 'personal_budget' ? body.purpose! : null,
        startsOn: body.startsOn ?? null,
        endsOn: money ? body.endsOn! : null,
      };
      const [row] = await manager.query(
        `INSERT INTO panel_requests (child_id, kind, summary, setting_name, setting_type, amount_pence, band, purpose, starts_on, ends_on, raised_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [childId, values.kind, values.summary, values.settingName, values.settingType, values.amountPence, values.band, values.purpose, values.startsOn, values.endsOn, user.id],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'panel_request.raised', entityType: 'panel_request', entityId: row.id, after: { childId, ...values } });
      const [created] = await manager.query(`${VIEW} WHERE pr.id = $1`, [row.id]);
      return toView(created);
    });
  }
}

function toView(row: Record<string, any>): PanelRequestView {
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    settingName: row.setting_name,
    settingType: row.setting_type,
    amountPence: row.amount_pence,
    band: row.band,
    purpose: row.purpose,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    raisedBy: row.raised_by ? { id: row.raised_by, displayName: row.raised_by_name } : null,
    raisedAt: new Date(row.raised_at).toISOString(),
    decidedOn: row.decided_on,
  };
}
