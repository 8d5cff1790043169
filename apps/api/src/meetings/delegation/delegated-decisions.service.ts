import { Injectable } from '@nestjs/common';
import type { DecidedUnderDelegationView, DelegatedDecisionView } from '@convene/contracts';
import {
  DELEGABLE_KIND_LABELS,
  DELEGATED_OUTCOMES,
  KINDS_WITH_AMOUNT,
  underScheme,
  type DelegableKind,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { EhcRequestsRepository } from '../../cases/ehc-requests.repository.js';
import type { SessionUser } from '../../identity/session-user.js';
import { MeetingEngineRegistry } from '../engine/meeting-engine-registry.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { DelegationRepository } from './delegation.repository.js';
import { NotANoteForYouError, NotToDecideError, OutsideTheSchemeError } from './delegation.errors.js';
import type { DecideUnderDelegationDto } from './dto/decide-under-delegation.dto.js';

/** The stage a request must be at for each decision on it. */
const AWAITING: Partial<Record<DelegableKind, string>> = {
  decision_to_assess: 'received',
  decision_to_issue: 'assessment',
};

/** What a decision is taken on, found and locked. */
interface Subject {
  requestId: string | null;
  panelRequestId: string | null;
  /** The amount asked, for funding or a personal budget. */
  amountPence: number | null;
}

/**
 * Decisions one officer takes alone under the council's scheme of delegation. Each has the same effects on the
 * case as the panel's decision of that kind (the effects the panels registered with the meeting engine, run
 * here with no meeting), its reasons, its letter and its audit record; the group that would have taken it notes
 * it at its next sitting. A decision outside the scheme is refused, naming why, and changes nothing.
 */
@Injectable()
export class DelegatedDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly effects: MeetingEngineRegistry,
  ) {}

  async ofChild(user: SessionUser, childId: string): Promise<DelegatedDecisionView[]> {
    await this.access.assertCanSee(user, childId);
    return new DelegationRepository(this.dataSource.manager).ofChild(childId);
  }

  async decide(
    user: SessionUser,
    childId: string,
    body: DecideUnderDelegationDto,
  ): Promise<DelegatedDecisionView> {
    await this.access.assertCanSee(user, childId);
    const reasons = body.reasons.trim();
    if (!reasons) throw new NotToDecideError('reasons', 'Give the reasons for the decision.');
    if (!DELEGATED_OUTCOMES[body.kind].includes(body.outcome))
      throw new NotToDecideError(
        'outcome',
        `A ${DELEGABLE_KIND_LABELS[body.kind].toLowerCase()} under delegation is one of: ${DELEGATED_OUTCOMES[body.kind].join(', ')}.`,
      );
    const id = await this.dataSource.transaction(async (manager) => {
      const scheme = new DelegationRepository(manager);
      const rules = await scheme.activeFor(body.kind);
      const ask = { kind: body.kind, roles: user.roles, amountPence: null };
      // Whether it is delegated, and to whom, before anything is read of the case; then the amount asked.
      const delegated = underScheme(rules, ask);
      if ('refusal' in delegated) throw new OutsideTheSchemeError(delegated.refusal);
      const subject = await this.subjectOf(manager, childId, body);
      const answer = underScheme(rules, { ...ask, amountPence: subject.amountPence });
      if ('refusal' in answer) throw new OutsideTheSchemeError(answer.refusal);
      const rule = answer.rule as typeof answer.rule & { id: string };
      const amountPence = amountAgreed(body, subject);
      const decision = {
        childId,
        kind: body.kind,
        requestId: subject.requestId,
        panelRequestId: subject.panelRequestId,
        outcome: body.outcome,
        reasons,
        recommendations: body.recommendations?.trim() || null,
        amountPence,
        ruleId: rule.id,
        decidedBy: user.id,
        notedBy: (await scheme.groupFor(childId))!,
      };
      const decisionId = await scheme.record(decision);
      // What the panel's decision of this kind does to the case, exactly: the effects the panels registered.
      await this.effects.apply({
        manager,
        user,
        meetingId: null,
        item: { id: decisionId, kind: body.kind, ...subject },
        outcome: body.outcome,
        reasons,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'decision.under_delegation',
        entityType: 'delegated_decision',
        entityId: decisionId,
        after: {
          ...decision,
          childId: undefined,
          ruleMaxAmountPence: rule.maxAmountPence,
          ruleRole: rule.role,
        },
      });
      return decisionId;
    });
    return new DelegationRepository(this.dataSource.manager).find(id);
  }

  /** For a member of the meeting: what its group is to note as decided under delegation since it last sat. */
  async forNoting(user: SessionUser, meetingId: string): Promise<DecidedUnderDelegationView> {
    const member = await new MeetingsRepository(this.dataSource.manager).forMember(meetingId, user.id);
    if (!member) throw new NotANoteForYouError();
    return new DelegationRepository(this.dataSource.manager).forNoting(meetingId);
  }

  /** The child's request awaiting this decision, or their panel request of this kind awaiting the panel, locked. */
  private async subjectOf(
    manager: EntityManager,
    childId: string,
    body: DecideUnderDelegationDto,
  ): Promise<Subject> {
    const label = DELEGABLE_KIND_LABELS[body.kind].toLowerCase();
    const awaiting = AWAITING[body.kind];
    if (awaiting) {
      if (!body.requestId) throw new NotToDecideError('requestId', `Name the request the ${label} is on.`);
      const request = await new EhcRequestsRepository(manager).lock(body.requestId);
      if (!request || request.child_id !== childId || request.stage !== awaiting)
        throw new NotToDecideError('requestId', `That request is not awaiting a ${label}.`);
      return { requestId: request.id, panelRequestId: null, amountPence: null };
    }
    if (!body.panelRequestId)
      throw new NotToDecideError('panelRequestId', `Name the request the ${label} decision is on.`);
    const request = await new DelegationRepository(manager).lockPanelRequest(body.panelRequestId);
    if (
      !request ||
      request.child_id !== childId ||
      request.kind !== body.kind ||
      request.status !== 'awaiting_panel'
    )
      throw new NotToDecideError('panelRequestId', `That is not a ${label} request awaiting a decision.`);
    return { requestId: null, panelRequestId: body.panelRequestId, amountPence: request.amount_pence };
  }
}

/** Funding or a personal budget agreed: the amount agreed, the amount asked unless less is given; never more. */
function amountAgreed(body: DecideUnderDelegationDto, subject: Subject): number | null {
  if (!KINDS_WITH_AMOUNT.includes(body.kind) || body.outcome !== 'agree') {
    if (body.amountPence !== undefined)
      throw new NotToDecideError(
        'amountPence',
        'An amount is given only when funding or a personal budget is agreed.',
      );
    return null;
  }
  const agreed = body.amountPence ?? subject.amountPence;
  if (agreed === null || (subject.amountPence !== null && agreed > subject.amountPence))
    throw new NotToDecideError('amountPence', 'The amount agreed cannot be more than the amount asked for.');
  return agreed;
}
