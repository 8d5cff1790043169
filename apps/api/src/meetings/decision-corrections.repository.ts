import type { Queryable } from '../database/prepared-statement.repository.js';

export interface DecisionCorrectionRow {
  agenda_item_id: string;
  reasons: string;
  conditions: string | null;
  correction_reason: string;
  corrected_at: Date;
  corrected_by_name: string;
}

/** Corrections of recorded decisions' reasons: only ever added to, in the order they were made. */
export class DecisionCorrectionsRepository {
  constructor(private readonly db: Queryable) {}

  async add(correction: {
    itemId: string;
    meetingId: string;
    reasons: string;
    conditions: string | null;
    correctionReason: string;
    correctedBy: string;
  }): Promise<Date> {
    const [row] = await this.db.query<{ corrected_at: Date }[]>(
      `INSERT INTO decision_corrections (agenda_item_id, meeting_id, reasons, conditions, correction_reason, corrected_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING corrected_at`,
      [
        correction.itemId,
        correction.meetingId,
        correction.reasons,
        correction.conditions,
        correction.correctionReason,
        correction.correctedBy,
      ],
    );
    return row!.corrected_at;
  }

  inMeeting(meetingId: string): Promise<DecisionCorrectionRow[]> {
    return this.db.query(
      `SELECT d.agenda_item_id, d.reasons, d.conditions, d.correction_reason, d.corrected_at, u.display_name AS corrected_by_name
         FROM decision_corrections d JOIN users u ON u.id = d.corrected_by
        WHERE d.meeting_id = $1 ORDER BY d.corrected_at, d.id`,
      [meetingId],
    );
  }
}
