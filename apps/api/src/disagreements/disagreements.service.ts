import { Injectable } from '@nestjs/common';
import type { DisagreementView, OpenDisagreement, RecordDisagreementStep } from '@convene/contracts';
import { complianceDeadlines, isBefore } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { addAction } from '../actions/add-action.js';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toEvidenceItemSummary } from '../cases/evidence/evidence-item.mapper.js';
import { EvidenceRepository } from '../cases/evidence/evidence.repository.js';
import { NothingToChangeError } from '../common/nothing-to-change.error.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { ActionNotices } from '../notifications/causes/action-notices.js';
import { checkOpening, stepChanges } from './disagreement-rules.js';
import { complianceActionText, disagreementView } from './disagreement-view.js';
import { DisagreementNotFoundError, DisagreementRuleError } from './disagreements.errors.js';
import { DisagreementsRepository, type DisagreementRow } from './disagreements.repository.js';

/**
 * The register of disagreements on a child's case: opened, recorded step by step, each change in the audit trail in
 * the same transaction; what an order requires of the council lands on the action tracker for the case's officer.
 */
@Injectable()
export class DisagreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly notices: ActionNotices,
  ) {}

  async ofCase(user: SessionUser, childId: string): Promise<DisagreementView[]> {
    await this.access.assertCanSee(user, childId);
    const rows = await new DisagreementsRepository(this.dataSource.manager).ofChild(childId);
    const today = todayInEngland();
    return Promise.all(rows.map((row) => this.withDetails(row, today)));
  }

  async open(user: SessionUser, childId: string, body: OpenDisagreement): Promise<DisagreementView> {
    await this.access.assertCanSee(user, childId);
    checkOpening(body, todayInEngland());
    const id = await this.dataSource.transaction(async (manager) => {
      const register = new DisagreementsRepository(manager);
      if (body.decisionItemId && !(await register.isDecisionOnChild(body.decisionItemId, childId)))
        throw new DisagreementRuleError(
          'decisionItemId',
          'That is not a decision taken on this child’s case.',
        );
      const row = {
        childId,
        kind: body.kind,
        appealableDecision: body.appealableDecision ?? null,
        decisionItemId: body.decisionItemId ?? null,
        decisionNotifiedOn: body.decisionNotifiedOn,
        openedOn: body.openedOn,
        summary: body.summary.trim(),
        complaintStage: body.kind === 'complaint' ? (body.complaintStage ?? 'stage_1') : null,
        recordedBy: user.id,
      };
      const added = await register.add(row);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'disagreement.opened',
        entityType: 'disagreement',
        entityId: added,
        after: row,
      });
      return added;
    });
    return this.view(id);
  }

  async record(
    user: SessionUser,
    childId: string,
    disagreementId: string,
    body: RecordDisagreementStep,
  ): Promise<DisagreementView> {
    await this.access.assertCanSee(user, childId);
    const today = todayInEngland();
    await this.dataSource.transaction(async (manager) => {
      const register = new DisagreementsRepository(manager);
      const row = await register.lock(childId, disagreementId);
      if (!row) throw new DisagreementNotFoundError();
      const changes = stepChanges(row, body, today);
      const changed = Object.fromEntries(
        Object.entries(changes).filter(([column, value]) => row[column as keyof DisagreementRow] !== value),
      );
      if (!Object.keys(changed).length)
        throw new NothingToChangeError('Nothing in this step differs from what is recorded.');
      await register.setSteps(disagreementId, changed);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'disagreement.step_recorded',
        entityType: 'disagreement',
        entityId: disagreementId,
        before: Object.fromEntries(Object.keys(changed).map((c) => [c, row[c as keyof DisagreementRow]])),
        after: changed,
      });
      if (body.order && ('order_kind' in changed || 'order_on' in changed || 'order_source' in changed))
        await this.putOrderOnTracker(manager, user.id, row, body.order, today);
    });
    return this.view(disagreementId);
  }

  /** Each step still to come goes to the case's Family Link Officer as an action due on its day. */
  private async putOrderOnTracker(
    manager: EntityManager,
    actorId: string,
    row: DisagreementRow,
    order: NonNullable<RecordDisagreementStep['order']>,
    today: string,
  ): Promise<void> {
    const officer = await new DisagreementsRepository(manager).officerOf(row.child_id);
    if (!officer) return;
    for (const limit of complianceDeadlines(order.kind, order.on, order.source)) {
      if (isBefore(limit.dueOn, today)) continue;
      const added = await addAction(
        manager,
        actorId,
        { what: complianceActionText(limit), ownerUserId: officer, dueOn: limit.dueOn },
        { origin: 'case', childId: row.child_id, disagreementId: row.id },
      );
      await this.audit.record(manager, added.audit);
      await this.notices.assigned(manager, added.id, actorId);
    }
  }

  private async view(disagreementId: string): Promise<DisagreementView> {
    const row = await new DisagreementsRepository(this.dataSource.manager).find(disagreementId);
    return this.withDetails(row!, todayInEngland());
  }

  /** The disagreement with what its order put on the tracker and the papers filed on it. */
  private async withDetails(row: DisagreementRow, today: string): Promise<DisagreementView> {
    const [actions, documents] = await Promise.all([
      new DisagreementsRepository(this.dataSource.manager).complianceActions(row.id),
      new EvidenceRepository(this.dataSource.manager).ofDisagreement(row.id),
    ]);
    return disagreementView(row, actions, documents.map(toEvidenceItemSummary), today);
  }
}
