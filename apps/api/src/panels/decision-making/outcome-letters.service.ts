import { outcomeHasLetter } from '@convene/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { DomainError } from '../../common/domain-error.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { COUNCIL_NAME, outcomeLetterPdf, type OutcomeLetterContent } from './outcome-letter.js';
import { AgendaItemsRepository, type DecisionForLetter } from '../../meetings/agenda-items.repository.js';
import { DelegationRepository } from '../../meetings/delegation/delegation.repository.js';

class NoOutcomeLetterError extends DomainError {
  readonly code = 'no_outcome_letter';
  readonly status = 404;
  constructor() {
    super(
      'There is no outcome letter for that item: only a refusal to assess or a decision not to issue has one.',
    );
  }
}

type LetterKind = 'decision_to_assess' | 'decision_to_issue';
/** Only a refusal to assess and a decision not to issue have a letter. */
const hasLetter = (kind: string, outcome: string): kind is LetterKind => outcomeHasLetter(kind, outcome);

/** Produces the family's letter for a refusal or a decision not to issue, and records that it was produced. */
@Injectable()
export class OutcomeLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async letterFor(
    user: SessionUser,
    meetingId: string,
    itemId: string,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    // The letter names the child: only for members of the meeting.
    const row = await new AgendaItemsRepository(this.dataSource.manager).decisionForLetter(
      meetingId,
      itemId,
      user.id,
    );
    return this.produce(user, row, 'panel', { entityType: 'agenda_item', entityId: itemId, meetingId });
  }

  /** The same letter for the same decision taken alone under the scheme of delegation. */
  async letterForDelegated(
    user: SessionUser,
    childId: string,
    decisionId: string,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    await this.access.assertCanSee(user, childId);
    const row = await new DelegationRepository(this.dataSource.manager).decisionForLetter(
      childId,
      decisionId,
    );
    return this.produce(user, row, 'delegated_officer', {
      entityType: 'delegated_decision',
      entityId: decisionId,
      meetingId: null,
    });
  }

  private async produce(
    user: SessionUser,
    row: DecisionForLetter | undefined,
    takenBy: OutcomeLetterContent['takenBy'],
    decision: { entityType: string; entityId: string; meetingId: string | null },
  ): Promise<{ pdf: Buffer; fileName: string }> {
    // Only for roles that may see the child's name.
    if (!row || !hasLetter(row.kind, row.outcome) || !this.access.seesPersonalFields(user))
      throw new NoOutcomeLetterError();
    const decidedOn = todayInEngland(new Date(row.decided_at));
    const pdf = await outcomeLetterPdf({
      councilName: COUNCIL_NAME,
      kind: row.kind,
      decidedOn,
      caseReference: row.case_reference,
      childName: `${row.given_name} ${row.family_name}`,
      reasons: row.outcome_reasons,
      recommendations: row.outcome_conditions,
      takenBy,
    });
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'letter.produced',
        ...decision,
        after: { kind: row.kind, outcome: row.outcome },
      }),
    );
    return {
      pdf,
      fileName: `${row.case_reference}-${row.kind === 'decision_to_assess' ? 'refusal-to-assess' : 'decision-not-to-issue'}.pdf`,
    };
  }
}
