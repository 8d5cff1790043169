import { Injectable } from '@nestjs/common';
import type { HealthAdviceView, HealthTeam } from '@convene/contracts';
import { ADVICE_QUALITY_CRITERIA, addDays, daysBetween } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { PathRuleError, RequestNotFoundError } from '../../cases/cases.errors.js';
import { EvidenceService } from '../../cases/evidence/evidence.service.js';
import type { UploadedEvidenceFile } from '../../cases/evidence/uploaded-evidence-file.js';
import { todayInEngland } from '../../common/today.js';
import { DomainError } from '../../common/domain-error.js';
import { NotAllowedError } from '../../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../../identity/session-user.js';
import type { AdviceListQuery, ChaseAdviceDto, RateAdviceQualityDto, RecordHealthAdviceDto, ReturnAdviceDto } from './dto/health-advice.dto.js';

export class AdviceNotFoundError extends DomainError {
  readonly code = 'advice_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such request for health advice that you can see.');
  }
}

export class AdviceStateError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
}

const VIEW = `
  SELECT a.*, (a.requested_on + 42) AS due_on, r.child_id, c.case_reference, g.name AS team_name,
         EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.advice_request_id = a.id AND e.regulation = '8(2)') AS exception_case
    FROM advice_requests a
    JOIN ehc_requests r ON r.id = a.request_id
    JOIN children c ON c.id = r.child_id
    LEFT JOIN agencies g ON g.id = a.agency_id
   WHERE a.advice_kind = 'health'`;

/**
 * The DCO's tracker and each health team's queue between gateways: requests for health advice, returned
 * by uploading the advice, rated on the rubric, chased when overdue. Every change has its audit record.
 */
@Injectable()
export class HealthAdviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
  ) {}

  teams(): Promise<HealthTeam[]> {
    return this.dataSource.query(`SELECT id, code, name FROM agencies WHERE kind = 'health' ORDER BY name`);
  }

  async list(user: SessionUser, query: AdviceListQuery): Promise<HealthAdviceView[]> {
    // A team's representative sees their own team's queue, whatever they ask for.
    const teamId = hasRole(user, 'admin', 'dco', 'chair') ? (query.teamId ?? null) : user.agencyId;
    const state = query.state ?? 'open';
    const rows = await this.dataSource.query(
      `${VIEW}
         AND ($1::uuid IS NULL OR a.agency_id = $1)
         AND CASE $2 WHEN 'open' THEN a.status IN ('awaiting_triage', 'with_team') WHEN 'returned' THEN a.status = 'returned' ELSE a.status <> 'cancelled' END
       ORDER BY a.requested_on, c.case_reference, g.name
       LIMIT 2000`,
      [teamId, state],
    );
    return rows.map(toView);
  }

  /** A request for health advice recorded by hand, or a referral on the 0–2 pathway. */
  async record(user: SessionUser, body: RecordHealthAdviceDto): Promise<HealthAdviceView> {
    return this.dataSource.transaction(async (manager) => {
      const [request] = await manager.query(`SELECT id, stage, received_on FROM ehc_requests WHERE id = $1`, [body.requestId]);
      if (!request) throw new RequestNotFoundError();
      if (body.requestedOn < request.received_on) throw new PathRuleError('requestedOn', 'Advice cannot be asked for before the request for assessment was received.');
      if (body.requestedOn > todayInEngland()) throw new PathRuleError('requestedOn', 'That day has not come yet.');
      const [row] = await manager.query(
        `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status, source) VALUES ($1, 'health', $2, 'awaiting_triage', $3) RETURNING id`,
        [body.requestId, body.requestedOn, body.source],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'advice_request.created', entityType: 'advice_request', entityId: row.id, after: { ...body } });
      return toView((await manager.query(`${VIEW} AND a.id = $1`, [row.id]))[0]);
    });
  }

  /** The team returns its advice by uploading it: kept in the case's evidence, and the advice is returned today. */
  async returnAdvice(user: SessionUser, adviceId: string, body: ReturnAdviceDto, file: UploadedEvidenceFile | undefined): Promise<HealthAdviceView> {
    const advice = await this.visible(user, adviceId);
    if (hasRole(user, 'health_team_rep') && !hasRole(user, 'admin', 'dco') && advice.agency_id !== user.agencyId) {
      throw new NotAllowedError('Only the team the advice was sent to, or the DCO, marks it returned.');
    }
    if (advice.status !== 'with_team') throw new AdviceStateError('Only an advice that is with a team can be returned.');
    const returnedOn = todayInEngland();
    await this.evidence.upload(
      user,
      advice.child_id,
      { kind: 'health_advice', title: body.title?.trim() || `Health advice: ${advice.team_name}`, requestId: advice.request_id },
      file,
      async (manager, evidenceId) => {
        const [updated] = await manager.query(
          `UPDATE advice_requests SET status = 'returned', returned_on = $2, evidence_id = $3 WHERE id = $1 AND status = 'with_team' RETURNING id`,
          [adviceId, returnedOn, evidenceId],
        );
        if (updated.length === 0) throw new AdviceStateError('The advice was returned meanwhile.');
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
    return this.view(adviceId);
  }

  async rateQuality(user: SessionUser, adviceId: string, body: RateAdviceQualityDto): Promise<HealthAdviceView> {
    const advice = await this.visible(user, adviceId);
    if (advice.status !== 'returned') throw new AdviceStateError('Only a returned advice is rated.');
    const quality = { criteria: Object.fromEntries(ADVICE_QUALITY_CRITERIA.map((c) => [c, body.criteria[c]])), note: body.note?.trim() || null };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE advice_requests SET quality = $2, quality_rated_by = $3 WHERE id = $1`, [adviceId, JSON.stringify(quality), user.id]);
      await this.audit.record(manager, { actorId: user.id, action: 'advice_request.rated', entityType: 'advice_request', entityId: adviceId, before: { quality: advice.quality }, after: { quality } });
    });
    return this.view(adviceId);
  }

  async chase(user: SessionUser, adviceId: string, body: ChaseAdviceDto): Promise<HealthAdviceView> {
    const advice = await this.visible(user, adviceId);
    if (advice.status !== 'with_team') throw new AdviceStateError('Only an advice that is with a team is chased.');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE advice_requests SET last_chased_at = now() WHERE id = $1`, [adviceId]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'advice_request.chased',
        entityType: 'advice_request',
        entityId: adviceId,
        after: { teamId: advice.agency_id, note: body.note?.trim() || null },
      });
    });
    return this.view(adviceId);
  }

  private async visible(user: SessionUser, adviceId: string): Promise<Record<string, any>> {
    const [advice] = await this.dataSource.query(`${VIEW} AND a.id = $1`, [adviceId]);
    if (!advice) throw new AdviceNotFoundError();
    await this.access.assertCanSee(user, advice.child_id).catch(() => {
      throw new AdviceNotFoundError();
    });
    return advice;
  }

  private async view(adviceId: string): Promise<HealthAdviceView> {
    return toView((await this.dataSource.query(`${VIEW} AND a.id = $1`, [adviceId]))[0]);
  }
}

function toView(row: Record<string, any>): HealthAdviceView {
  const today = todayInEngland();
  const open = row.status === 'with_team' || row.status === 'awaiting_triage';
  const daysLeft = open ? daysBetween(today, row.due_on) : null;
  const quality = row.quality as { criteria: Record<string, boolean>; note: string | null } | null;
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
    dueOn: row.due_on ?? addDays(row.requested_on, 42),
    returnedOn: row.returned_on,
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    exceptionCase: row.exception_case,
    lastChasedAt: row.last_chased_at ? new Date(row.last_chased_at).toISOString() : null,
    reassignments: row.reassignments,
    quality: quality ? { criteria: quality.criteria as never, meetsStandard: ADVICE_QUALITY_CRITERIA.every((c) => quality.criteria[c]), note: quality.note } : null,
    evidenceId: row.evidence_id,
  };
}
