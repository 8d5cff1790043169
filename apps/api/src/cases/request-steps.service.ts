import { Injectable } from '@nestjs/common';
import {
  ADVICE_EXCEPTION_KINDS,
  checkTransition,
  PANEL_DECISION_STAGES,
  PLAN_EXCEPTION_KINDS,
  type RequestStage,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import { NotAllowedError } from '../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';
import { CaseAccessService } from './case-access.service.js';
import { PathRuleError, RequestNotFoundError } from './cases.errors.js';
import type { RecordExceptionDto } from './dto/record-exception.dto.js';
import type { RecordTransitionDto } from './dto/record-transition.dto.js';

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
/** reg 8(2)(b), reg 10(4)(a) and (c): absences and closures count only when they last 4 weeks or more. */
const FOUR_WEEKS_DAYS = 28;

interface LockedRequest {
  id: string;
  child_id: string;
  stage: RequestStage;
  received_on: string;
  draft_issued_on: string | null;
  family_link_officer_id: string | null;
  last_step_on: string;
}

/** Records a request's steps along the path, and exceptions to its time limits, each with its audit record. */
@Injectable()
export class RequestStepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async recordTransition(user: SessionUser, requestId: string, step: RecordTransitionDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, user, requestId);
      // Decisions are the Local Authority's, taken at panel and recorded by its chair; the Family Link
      // Officer records the draft, the final plan and a withdrawal on their own cases.
      const decision = PANEL_DECISION_STAGES.includes(step.to);
      const allowed = hasRole(user, 'admin', 'chair') || (!decision && hasRole(user, 'presenter') && request.family_link_officer_id === user.id);
      if (!allowed) {
        throw new NotAllowedError(decision ? 'Only a panel chair records a panel decision.' : 'Only the case’s Family Link Officer or a chair records this step.');
      }
      const problem = checkTransition({
        from: request.stage,
        to: step.to,
        occurredOn: step.occurredOn,
        lastStepOn: request.last_step_on,
        draftIssuedOn: request.draft_issued_on,
        today: todayInEngland(),
      });
      if (problem) throw new PathRuleError(problem.field, problem.message);

      const column = DATE_COLUMN[step.to];
      await manager.query(
        `UPDATE ehc_requests SET stage = $2${column ? `, ${column} = $3` : ''}${CLOSING.includes(step.to) ? ', closed_on = $3' : ''} WHERE id = $1`,
        [requestId, step.to, step.occurredOn],
      );
      await manager.query(
        `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by, note) VALUES ($1, $2, $3, $4, $5)`,
        [requestId, step.to, step.occurredOn, user.id, step.note ?? null],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: `request.${step.to}`,
        entityType: 'ehc_request',
        entityId: requestId,
        before: { stage: request.stage },
        after: { stage: step.to, occurredOn: step.occurredOn, note: step.note ?? null },
      });
      return request.child_id;
    });
  }

  async recordException(user: SessionUser, requestId: string, exception: RecordExceptionDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, user, requestId);
      this.checkException(exception);
      if (exception.regulation === '8(2)') {
        const advice = await manager.query(`SELECT 1 FROM advice_requests WHERE id = $1 AND request_id = $2`, [exception.adviceRequestId, requestId]);
        if (advice.length === 0) throw new PathRuleError('adviceRequestId', 'That advice request is not part of this request.');
      }
      const [row] = await manager.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_request_id, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [requestId, exception.regulation, exception.kind, exception.startsOn, exception.endsOn ?? null, exception.adviceRequestId ?? null, exception.note ?? null],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'request.exception_recorded',
        entityType: 'ehc_request',
        entityId: requestId,
        after: { exceptionId: row.id, regulation: exception.regulation, kind: exception.kind, startsOn: exception.startsOn, endsOn: exception.endsOn ?? null },
      });
      return request.child_id;
    });
  }

  private checkException(exception: RecordExceptionDto): void {
    const kinds: readonly string[] = exception.regulation === '8(2)' ? ADVICE_EXCEPTION_KINDS : PLAN_EXCEPTION_KINDS;
    if (!kinds.includes(exception.kind)) {
      throw new PathRuleError('kind', `reg ${exception.regulation} allows only: ${kinds.join(', ')}.`);
    }
    if (exception.regulation === '8(2)' && !exception.adviceRequestId) {
      throw new PathRuleError('adviceRequestId', 'A reg 8(2) exception applies to one advice: say which.');
    }
    if (exception.endsOn && exception.endsOn < exception.startsOn) {
      throw new PathRuleError('endsOn', 'The exception cannot end before it starts.');
    }
    if (exception.kind === 'absent_from_area' || exception.kind === 'setting_closure') {
      if (!exception.endsOn) throw new PathRuleError('endsOn', 'Say when the absence or closure ended: it must last at least 4 weeks.');
      if (dayNumber(exception.endsOn) - dayNumber(exception.startsOn) < FOUR_WEEKS_DAYS) {
        throw new PathRuleError('endsOn', 'An absence or closure counts as an exception only when it lasts at least 4 continuous weeks.');
      }
    }
  }

  /** Reads and locks the request, so two people recording at once cannot both move it. */
  private async lock(manager: EntityManager, user: SessionUser, requestId: string): Promise<LockedRequest> {
    const [request] = await manager.query(
      `SELECT r.id, r.child_id, r.stage, r.received_on, r.draft_issued_on, c.family_link_officer_id,
              (SELECT max(occurred_on) FROM request_events e WHERE e.request_id = r.id) AS last_step_on
         FROM ehc_requests r JOIN children c ON c.id = r.child_id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [requestId],
    );
    if (!request) throw new RequestNotFoundError();
    await this.access.assertCanSee(user, request.child_id).catch(() => {
      throw new RequestNotFoundError();
    });
    return { ...request, last_step_on: request.last_step_on ?? request.received_on };
  }
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
