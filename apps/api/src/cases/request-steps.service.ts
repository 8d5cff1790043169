import { Injectable } from '@nestjs/common';
import {
  checkRecordedException,
  checkTransition,
  ADVICE_GATEWAYS,
  PANEL_DECISION_STAGES,
  type RequestStage,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import { AppConfig } from '../config/app-config.js';
import { FamilyNewsMessages } from '../family/family-news-messages.js';
import { NotAllowedError } from '../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';
import { CaseAccessService } from './case-access.service.js';
import { PathRuleError, RequestNotFoundError } from './cases.errors.js';
import type { RecordExceptionDto } from './dto/record-exception.dto.js';
import type { RecordTransitionDto } from './dto/record-transition.dto.js';
import { AdviceRequestsRepository } from './advice-requests.repository.js';
import { AdviceGatewaysSetting } from './advice-gateways-setting.js';
import { EhcRequestsRepository, type LockedRequest } from './ehc-requests.repository.js';

/** The column that keeps the date of each step, for the stages that have one. */
const DATE_COLUMN: Partial<Record<RequestStage, string>> = {
  assessment: 'decision_to_assess_on',
  refused: 'decision_to_assess_on',
  decision_to_issue: 'decision_to_issue_on',
  not_issued: 'decision_to_issue_on',
  draft_issued: 'draft_issued_on',
  final_issued: 'final_issued_on',
};
const CLOSING: readonly RequestStage[] = ['refused', 'not_issued', 'withdrawn'];

/** Records a request's steps along the path, and exceptions to its time limits, each with its audit record. */
@Injectable()
export class RequestStepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly gateways: AdviceGatewaysSetting,
    private readonly config: AppConfig,
  ) {}

  async recordTransition(user: SessionUser, requestId: string, step: RecordTransitionDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, user, requestId);
      // Decisions are the Local Authority's, taken at panel and recorded by its chair; the Family Link
      // Officer records the draft, the final plan and a withdrawal on their own cases.
      const decision = PANEL_DECISION_STAGES.includes(step.to);
      const allowed =
        hasRole(user, 'admin', 'chair') ||
        (!decision && hasRole(user, 'presenter') && request.family_link_officer_id === user.id);
      if (!allowed) {
        throw new NotAllowedError(
          decision
            ? 'Only a panel chair records a panel decision.'
            : 'Only the case’s Family Link Officer or a chair records this step.',
        );
      }
      await this.applyStep(manager, user, request, step);
      return request.child_id;
    });
  }

  /**
   * A panel's decision, recorded as part of the meeting command that took it (same transaction): the
   * meeting's chair records it, so no global role is asked for; the path rules still apply. A decision taken
   * under the scheme of delegation comes the same way, with no meeting.
   */
  async recordPanelDecision(
    manager: EntityManager,
    user: SessionUser,
    requestId: string,
    step: RecordTransitionDto,
    meetingId: string | null,
  ): Promise<void> {
    const request = await new EhcRequestsRepository(manager).lock(requestId);
    if (!request) throw new RequestNotFoundError();
    await this.applyStep(manager, user, request, step, meetingId);
  }

  private async applyStep(
    manager: EntityManager,
    user: SessionUser,
    request: LockedRequest,
    step: RecordTransitionDto,
    meetingId: string | null = null,
  ): Promise<void> {
    const requestId = request.id;
    const problem = checkTransition({
      from: request.stage,
      to: step.to,
      occurredOn: step.occurredOn,
      lastStepOn: request.last_step_on,
      draftIssuedOn: request.draft_issued_on,
      today: todayInEngland(),
    });
    if (problem) throw new PathRuleError(problem.field, problem.message);

    await new EhcRequestsRepository(manager).recordStep(requestId, {
      stage: step.to,
      occurredOn: step.occurredOn,
      dateColumn: DATE_COLUMN[step.to] ?? null,
      closes: CLOSING.includes(step.to),
      recordedBy: user.id,
      note: step.note ?? null,
    });
    await this.audit.record(manager, {
      actorId: user.id,
      action: `request.${step.to}`,
      entityType: 'ehc_request',
      entityId: requestId,
      meetingId,
      before: { stage: request.stage },
      after: { stage: step.to, occurredOn: step.occurredOn, note: step.note ?? null },
    });
    // Agreeing to assess asks every agency for its advice the same day (reg 6(1)): into its gateway's triage where
    // the council runs one, otherwise directly of the agency.
    if (step.to === 'assessment')
      await this.askForAdvice(manager, user, requestId, step.occurredOn, meetingId);
    await new FamilyNewsMessages(manager, this.config).tell(
      requestId,
      { kind: 'step', stage: step.to, occurredOn: step.occurredOn },
      `${requestId}:${step.to}:${step.occurredOn}`,
    );
  }

  private async askForAdvice(
    manager: EntityManager,
    user: SessionUser,
    requestId: string,
    requestedOn: string,
    meetingId: string | null,
  ): Promise<void> {
    const advice = new AdviceRequestsRepository(manager);
    for (const gateway of ADVICE_GATEWAYS) {
      const asked = this.gateways.runs(gateway)
        ? {
            id: await advice.askForTriage(gateway.adviceKind, requestId, requestedOn, 'assessment'),
            agencyId: null,
          }
        : await advice.askDirectly(gateway.adviceKind, gateway.teamKind, requestId, requestedOn);
      if (!asked) continue;
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'advice_request.created',
        entityType: 'advice_request',
        entityId: asked.id,
        meetingId,
        after: { requestId, adviceKind: gateway.adviceKind, requestedOn, agencyId: asked.agencyId },
      });
    }
  }

  async recordException(
    user: SessionUser,
    requestId: string,
    exception: RecordExceptionDto,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, user, requestId);
      await this.checkException(manager, request, exception);
      const exceptionId = await new EhcRequestsRepository(manager).recordException(requestId, {
        regulation: exception.regulation,
        kind: exception.kind,
        startsOn: exception.startsOn,
        endsOn: exception.endsOn ?? null,
        adviceRequestId: exception.adviceRequestId ?? null,
        adviceAskedOn: exception.adviceAskedOn ?? null,
        note: exception.note ?? null,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'request.exception_recorded',
        entityType: 'ehc_request',
        entityId: requestId,
        after: {
          exceptionId,
          regulation: exception.regulation,
          kind: exception.kind,
          startsOn: exception.startsOn,
          endsOn: exception.endsOn ?? null,
          adviceAskedOn: exception.adviceAskedOn ?? null,
          adviceRequestId: exception.adviceRequestId ?? null,
        },
      });
      // Only the request's own time limits are the family's dates; an advice's (reg 8(2)) is the agency's.
      if (exception.regulation === '5(4)' || exception.regulation === '10(4)')
        await new FamilyNewsMessages(manager, this.config).tell(
          requestId,
          { kind: 'time_limit_changed' },
          `exception:${exceptionId}`,
        );
      return request.child_id;
    });
  }

  /**
   * The Regulations decide which exceptions apply and when: the statutory clock's own check, the one the import and
   * the demo council record through, refuses with 422 on the field it names.
   */
  private async checkException(
    manager: EntityManager,
    request: LockedRequest,
    exception: RecordExceptionDto,
  ): Promise<void> {
    const adviceRequestedOn = exception.adviceRequestId
      ? await new EhcRequestsRepository(manager).adviceAskedOn(exception.adviceRequestId, request.id)
      : null;
    const check = checkRecordedException(
      { ...exception, adviceId: exception.adviceRequestId ?? null },
      { receivedOn: request.received_on, adviceRequestedOn },
    );
    if (!check.ok) throw new PathRuleError(check.field, check.reason);
  }

  /** Reads and locks the request, so two people recording at once cannot both move it. */
  private async lock(manager: EntityManager, user: SessionUser, requestId: string): Promise<LockedRequest> {
    const request = await new EhcRequestsRepository(manager).lock(requestId);
    if (!request) throw new RequestNotFoundError();
    await this.access.assertCanSee(user, request.child_id).catch(() => {
      throw new RequestNotFoundError();
    });
    return request;
  }
}
