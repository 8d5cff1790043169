import { Injectable } from '@nestjs/common';
import type { PanelRequestView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../audit/audit.service.js';
import { CaseAccessService } from '../../../cases/case-access.service.js';
import { PathRuleError } from '../../../cases/cases.errors.js';
import { NotAllowedError } from '../../../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../../../identity/session-user.js';
import { PanelRequestsRepository, type NewPanelRequest } from './panel-requests.repository.js';
import type { RaisePanelRequestDto } from './raise-panel-request.dto.js';

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
    return new PanelRequestsRepository(this.dataSource.manager).ofChild(childId);
  }

  async raise(user: SessionUser, childId: string, body: RaisePanelRequestDto): Promise<PanelRequestView> {
    await this.access.assertCanSee(user, childId);
    return this.dataSource.transaction(async (manager) => {
      const requests = new PanelRequestsRepository(manager);
      const child = (await requests.lockChild(childId))!;
      if (!(
        hasRole(user, 'admin', 'chair') ||
        (hasRole(user, 'presenter') && child.family_link_officer_id === user.id)
      )) {
        throw new NotAllowedError(
          'Only the child’s Family Link Officer or a chair brings a request to the panel.',
        );
      }
      if (!child.has_plan)
        throw new PathRuleError(
          'kind',
          'A change of placement, funding or a personal budget is asked for a child with an EHC plan, draft or final.',
        );
      const money = body.kind === 'funding' || body.kind === 'personal_budget';
      if (body.startsOn && body.endsOn && body.endsOn < body.startsOn)
        throw new PathRuleError('endsOn', 'The period must end on or after the day it starts.');
      const values: NewPanelRequest = {
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
      const id = await requests.raise(childId, values, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'panel_request.raised',
        entityType: 'panel_request',
        entityId: id,
        after: { childId, ...values },
      });
      return requests.find(id);
    });
  }
}
