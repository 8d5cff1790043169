import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CaseAccessService } from '../../cases/case-access.service.js';
import { DomainError } from '../../common/domain-error.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { outcomeLetterPdf } from './outcome-letter.js';

export class NoOutcomeLetterError extends DomainError {
  readonly code = 'no_outcome_letter';
  readonly status = 404;
  constructor() {
    super('There is no outcome letter for that item: only a refusal to assess or a decision not to issue has one.');
  }
}

const LETTER_OUTCOMES: Record<string, string> = { decision_to_assess: 'refuse', decision_to_issue: 'not_issue' };
// The council's name on its letters. A setting for it comes with the council's own letter templates.
const COUNCIL_NAME = 'Fernshire Council';

/** Produces the family's letter for a refusal or a decision not to issue, and records that it was produced. */
@Injectable()
export class OutcomeLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async letterFor(user: SessionUser, meetingId: string, itemId: string): Promise<{ pdf: Buffer; fileName: string }> {
    const [row] = await this.dataSource.query(
      `SELECT a.kind, a.outcome, a.outcome_reasons, a.outcome_conditions, a.decided_at, c.id AS child_id, c.case_reference, c.given_name, c.family_name
         FROM agenda_items a
         JOIN meeting_members mm ON mm.meeting_id = a.meeting_id AND mm.user_id = $3
         JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id
        WHERE a.id = $2 AND a.meeting_id = $1 AND a.status = 'decided'`,
      [meetingId, itemId, user.id],
    );
    // The letter names the child: only for roles that may see names, and only for members of the meeting.
    if (!row || LETTER_OUTCOMES[row.kind] !== row.outcome || !this.access.seesPersonalFields(user)) throw new NoOutcomeLetterError();
    const decidedOn = todayInEngland(new Date(row.decided_at));
    const pdf = await outcomeLetterPdf({
      councilName: COUNCIL_NAME,
      kind: row.kind,
      decidedOn,
      caseReference: row.case_reference,
      childName: `${row.given_name} ${row.family_name}`,
      reasons: row.outcome_reasons,
      recommendations: row.outcome_conditions,
    });
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: user.id, action: 'letter.produced', entityType: 'agenda_item', entityId: itemId, meetingId, after: { kind: row.kind, outcome: row.outcome } }),
    );
    return { pdf, fileName: `${row.case_reference}-${row.kind === 'decision_to_assess' ? 'refusal-to-assess' : 'decision-not-to-issue'}.pdf` };
  }
}
