import { Injectable } from '@nestjs/common';
import type { HealthAdviceView, HealthTeam } from '@convene/contracts';
import { ADVICE_QUALITY_CRITERIA, daysBetween, type AdviceGateway } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { AdviceRequestsRepository, type HealthAdviceRow } from '../../cases/advice-requests.repository.js';
import { CasesRepository } from '../../cases/cases.repository.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { PathRuleError, RequestNotFoundError } from '../../cases/cases.errors.js';
import { EvidenceService } from '../../cases/evidence/evidence.service.js';
import type { UploadedEvidenceFile } from '../../cases/evidence/uploaded-evidence-file.js';
import { todayInEngland } from '../../common/today.js';
import { DomainError } from '../../common/domain-error.js';
import { NotAllowedError } from '../../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../../identity/session-user.js';
import type {
  AdviceListQuery,
  ChaseAdviceDto,
  RateAdviceQualityDto,
  RecordHealthAdviceDto,
  ReturnAdviceDto,
} from './dto/health-advice.dto.js';

class AdviceNotFoundError extends DomainError {
  readonly code = 'advice_not_found';
  readonly status = 404;
  constructor(gateway: AdviceGateway) {
    super(`There is no such request for ${gateway.adviceWords} that you can see.`);
  }
}

class AdviceStateError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
}

/**
 * Each gateway's tracker (the DCO's, the DSCO's…) and each team's queue between sittings: requests for advice,
 * returned by uploading the advice, rated on the rubric, chased when overdue. Every change has its audit record.
 */
@Injectable()
export class GatewayAdviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
  ) {}

  teams(gateway: AdviceGateway): Promise<HealthTeam[]> {
    return new AdviceRequestsRepository(this.dataSource.manager).teams(gateway);
  }

  async list(gateway: AdviceGateway, user: SessionUser, query: AdviceListQuery): Promise<HealthAdviceView[]> {
    // A team's representative sees their own team's queue, whatever they ask for.
    const teamId = hasRole(user, 'admin', gateway.coordinatorRole, 'chair')
      ? (query.teamId ?? null)
      : user.agencyId;
    const state = query.state ?? 'open';
    const rows = await new AdviceRequestsRepository(this.dataSource.manager).tracker(gateway, teamId, state);
    return rows.map(toView);
  }

  /** A request for the gateway's advice recorded by hand, or a referral on the 0–2 pathway. */
  async record(
    gateway: AdviceGateway,
    user: SessionUser,
    body: RecordHealthAdviceDto,
  ): Promise<HealthAdviceView> {
    return this.dataSource.transaction(async (manager) => {
      if (!gateway.sources.includes(body.source))
        throw new PathRuleError(
          'source',
          `A request for ${gateway.adviceWords} comes from an EHC needs assessment: the 0–2 pathway's referrals are for health advice.`,
        );
      const request = await new CasesRepository(manager).request(body.requestId);
      if (!request) throw new RequestNotFoundError();
      if (body.requestedOn < request.received_on)
        throw new PathRuleError(
          'requestedOn',
          'Advice cannot be asked for before the request for assessment was received.',
        );
      if (body.requestedOn > todayInEngland())
        throw new PathRuleError('requestedOn', 'That day has not come yet.');
      const advice = new AdviceRequestsRepository(manager);
      const id = await advice.askForTriage(gateway.adviceKind, body.requestId, body.requestedOn, body.source);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'advice_request.created',
        entityType: 'advice_request',
        entityId: id,
        after: { ...body, adviceKind: gateway.adviceKind },
      });
      return toView((await advice.gatewayAdvice(gateway, id))!);
    });
  }

  /** The team returns its advice by uploading it: kept in the case's evidence, and the advice is returned today. */
  async returnAdvice(
    gateway: AdviceGateway,
    user: SessionUser,
    adviceId: string,
    body: ReturnAdviceDto,
    file: UploadedEvidenceFile | undefined,
  ): Promise<HealthAdviceView> {
    const advice = await this.visible(gateway, user, adviceId);
    if (!hasRole(user, 'admin', gateway.coordinatorRole) && advice.agency_id !== user.agencyId) {
      throw new NotAllowedError(
        `Only the team the advice was sent to, or the ${gateway.coordinatorShort}, marks it returned.`,
      );
    }
    if (advice.status !== 'with_team')
      throw new AdviceStateError('Only an advice that is with a team can be returned.');
    const returnedOn = todayInEngland();
    await this.evidence.upload(
      user,
      advice.child_id,
      {
        kind: gateway.evidenceKind,
        title: body.title?.trim() || `${sentenceCase(gateway.adviceWords)}: ${advice.team_name}`,
        requestId: advice.request_id,
      },
      file,
      async (manager, evidenceId) => {
        if (!(await new AdviceRequestsRepository(manager).markReturned(adviceId, returnedOn, evidenceId)))
          throw new AdviceStateError('The advice was returned meanwhile.');
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'advice_request.returned',
          entityType: 'advice_request',
          entityId: adviceId,
          before: { status: 'with_team' },
          after: { status: 'returned', returnedOn, evidenceId },
        });
      },
    );
    return this.view(gateway, adviceId);
  }

  async rateQuality(
    gateway: AdviceGateway,
    user: SessionUser,
    adviceId: string,
    body: RateAdviceQualityDto,
  ): Promise<HealthAdviceView> {
    const advice = await this.visible(gateway, user, adviceId);
    if (advice.status !== 'returned') throw new AdviceStateError('Only a returned advice is rated.');
    const quality = {
      criteria: Object.fromEntries(ADVICE_QUALITY_CRITERIA.map((c) => [c, body.criteria[c]])),
      note: body.note?.trim() || null,
    };
    await this.dataSource.transaction(async (manager) => {
      await new AdviceRequestsRepository(manager).rate(adviceId, quality, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'advice_request.rated',
        entityType: 'advice_request',
        entityId: adviceId,
        before: { quality: advice.quality },
        after: { quality },
      });
    });
    return this.view(gateway, adviceId);
  }

  async chase(
    gateway: AdviceGateway,
    user: SessionUser,
    adviceId: string,
    body: ChaseAdviceDto,
  ): Promise<HealthAdviceView> {
    const advice = await this.visible(gateway, user, adviceId);
    if (advice.status !== 'with_team')
      throw new AdviceStateError('Only an advice that is with a team is chased.');
    await this.dataSource.transaction(async (manager) => {
      await new AdviceRequestsRepository(manager).markChased(adviceId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'advice_request.chased',
        entityType: 'advice_request',
        entityId: adviceId,
        after: { teamId: advice.agency_id, note: body.note?.trim() || null },
      });
    });
    return this.view(gateway, adviceId);
  }

  private async visible(
    gateway: AdviceGateway,
    user: SessionUser,
    adviceId: string,
  ): Promise<HealthAdviceRow> {
    const advice = await new AdviceRequestsRepository(this.dataSource.manager).gatewayAdvice(
      gateway,
      adviceId,
    );
    if (!advice) throw new AdviceNotFoundError(gateway);
    await this.access.assertCanSee(user, advice.child_id).catch(() => {
      throw new AdviceNotFoundError(gateway);
    });
    return advice;
  }

  private async view(gateway: AdviceGateway, adviceId: string): Promise<HealthAdviceView> {
    return toView(
      (await new AdviceRequestsRepository(this.dataSource.manager).gatewayAdvice(gateway, adviceId))!,
    );
  }
}

const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function toView(row: HealthAdviceRow): HealthAdviceView {
  const today = todayInEngland();
  const open = row.status === 'with_team' || row.status === 'awaiting_triage';
  const daysLeft = open ? daysBetween(today, row.due_on) : null;
  const quality = row.quality;
  return {
    id: row.id,
    caseReference: row.case_reference,
    childId: row.child_id,
    requestId: row.request_id,
    source: row.source,
    team: row.agency_id ? { id: row.agency_id, name: row.team_name } : null,
    status: row.status,
    response: row.response,
    priority: row.priority,
    teamResponse: row.team_response,
    requestedOn: row.requested_on,
    dueOn: row.due_on,
    returnedOn: row.returned_on,
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    exceptionCase: row.exception_case,
    lastChasedAt: row.last_chased_at ? new Date(row.last_chased_at).toISOString() : null,
    reassignments: row.reassignments,
    quality: quality
      ? {
          criteria: quality.criteria,
          meetsStandard: ADVICE_QUALITY_CRITERIA.every((c) => quality.criteria[c]),
          note: quality.note,
        }
      : null,
    evidenceId: row.evidence_id,
  };
}
