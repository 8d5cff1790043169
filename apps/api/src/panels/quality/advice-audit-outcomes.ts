import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { OutcomeEffects, type RecordedOutcome } from '../../meetings/engine/outcome-effects.js';

/** The group's moderated grade of an audited advice is kept with the advice: the Health Gateway's quality figure reads it. */
@Injectable()
export class AdviceAuditOutcomes implements OnModuleInit {
  constructor(
    private readonly effects: OutcomeEffects,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.effects.register(['advice_audit'], (recorded) => this.keep(recorded));
  }

  private async keep({ manager, user, meetingId, item, outcome }: RecordedOutcome): Promise<void> {
    const [row] = await manager.query(`SELECT advice_request_id FROM agenda_items WHERE id = $1`, [item.id]);
    if (!row?.advice_request_id) return;
    const [[before]] = await manager.query(
      `UPDATE advice_requests a SET audited_grade = $2 FROM (SELECT audited_grade FROM advice_requests WHERE id = $1) old WHERE a.id = $1 RETURNING old.audited_grade`,
      [row.advice_request_id, outcome],
    );
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'advice_request.audited',
      entityType: 'advice_request',
      entityId: row.advice_request_id,
      meetingId,
      before: { auditedGrade: before?.audited_grade ?? null },
      after: { auditedGrade: outcome, agendaItemId: item.id },
    });
  }
}
