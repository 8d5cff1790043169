import { Injectable } from '@nestjs/common';
import type {
  FamilyAdvice,
  FamilyChild,
  FamilyDecision,
  FamilyDecisions,
  FamilyPlanReviews,
} from '@convene/contracts';
import {
  decisionSaidYes,
  familyAdviceView,
  familyDecisionWords,
  familyPlanReviewsView,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import { FamilyLinksRepository } from '../family/family-links.repository.js';
import type { SessionUser } from '../identity/session-user.js';
import { agreedLetterPdf } from '../panels/decision-making/agreed-letter.js';
import { COUNCIL_NAME, outcomeLetterPdf } from '../panels/decision-making/outcome-letter.js';
import { FamilyDecisionsRepository, type FamilyDecisionRow } from './family-decisions.repository.js';
import { FamilyDecisionNotFoundError, FamilyRequestNotFoundError } from './family-request.errors.js';

/**
 * The council's decisions on a child's request with their letters, the advice it asked for and the plan's reviews,
 * as the family reads them: only for a child their account covers now, and every reading in the audit trail.
 */
@Injectable()
export class FamilyDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  decisions(user: SessionUser, childId: string): Promise<FamilyDecisions> {
    return this.dataSource.transaction(async (manager) => {
      const child = await linkedChild(manager, user, childId);
      const rows = await new FamilyDecisionsRepository(manager).decisionsOf(childId);
      await this.read(manager, user, 'family.decisions_viewed', childId);
      return { decisions: rows.map((row) => toDecision(row, child)) };
    });
  }

  /** The decision's letter, as the family was sent it, with the reasons as last corrected. */
  letter(user: SessionUser, childId: string, decisionId: string): Promise<{ pdf: Buffer; fileName: string }> {
    return this.dataSource.transaction(async (manager) => {
      await linkedChild(manager, user, childId);
      const row = await new FamilyDecisionsRepository(manager).decisionOf(childId, decisionId);
      if (!row) throw new FamilyDecisionNotFoundError();
      const yes = decisionSaidYes(row.kind, row.outcome);
      const content = {
        councilName: COUNCIL_NAME,
        kind: row.kind,
        decidedOn: todayInEngland(new Date(row.decided_at)),
        caseReference: row.case_reference,
        childName: `${row.given_name} ${row.family_name}`,
        takenBy: row.taken_by,
      };
      const pdf = yes
        ? await agreedLetterPdf({ ...content, receivedOn: row.received_on })
        : await outcomeLetterPdf({ ...content, reasons: row.reasons, recommendations: row.recommendations });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.letter_downloaded',
        entityType: row.taken_by === 'panel' ? 'agenda_item' : 'delegated_decision',
        entityId: row.id,
        after: { kind: row.kind, outcome: row.outcome },
      });
      // The case reference names no one: the file name never carries the child's name.
      const what = `${row.kind === 'decision_to_assess' ? 'assessment' : 'plan'}-${yes ? 'yes' : 'no'}`;
      return { pdf, fileName: `${row.case_reference}-decision-${what}.pdf` };
    });
  }

  advice(user: SessionUser, childId: string): Promise<FamilyAdvice> {
    return this.dataSource.transaction(async (manager) => {
      await linkedChild(manager, user, childId);
      const asked = await new FamilyDecisionsRepository(manager).adviceOf(childId);
      await this.read(manager, user, 'family.advice_viewed', childId);
      const today = todayInEngland();
      return { advice: asked.map((facts) => familyAdviceView(facts, today)) };
    });
  }

  reviews(user: SessionUser, childId: string): Promise<FamilyPlanReviews> {
    return this.dataSource.transaction(async (manager) => {
      await linkedChild(manager, user, childId);
      const facts = await new FamilyDecisionsRepository(manager).reviewsOf(childId);
      await this.read(manager, user, 'family.reviews_viewed', childId);
      return familyPlanReviewsView(facts, todayInEngland());
    });
  }

  private read(manager: EntityManager, user: SessionUser, action: string, childId: string): Promise<void> {
    return this.audit.record(manager, { actorId: user.id, action, entityType: 'child', entityId: childId });
  }
}

/** The child, if the account covers them now; else the same answer as for a child unknown. */
async function linkedChild(manager: EntityManager, user: SessionUser, childId: string): Promise<FamilyChild> {
  const child = (await new FamilyLinksRepository(manager).childrenOf(user.id)).find((c) => c.id === childId);
  if (!child) throw new FamilyRequestNotFoundError();
  return child;
}

function toDecision(row: FamilyDecisionRow, child: FamilyChild): FamilyDecision {
  const yes = decisionSaidYes(row.kind, row.outcome);
  return {
    id: row.id,
    kind: row.kind,
    yes,
    decidedOn: todayInEngland(new Date(row.decided_at)),
    words: familyDecisionWords(row.kind, yes, child.firstName),
    // Only what the letter says: a refusal's reasons; a "yes" letter gives none.
    reasons: yes ? null : row.reasons,
    correctedOn: row.corrected_at ? todayInEngland(new Date(row.corrected_at)) : null,
    hasLetter: true,
  };
}
