import type { CalendarDate, FamilyRequestFacts, RequestStage } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

interface RequestRow {
  id: string;
  stage: RequestStage;
  received_on: CalendarDate;
  decision_to_assess_on: CalendarDate | null;
  decision_to_issue_on: CalendarDate | null;
  draft_issued_on: CalendarDate | null;
  final_issued_on: CalendarDate | null;
  closed_on: CalendarDate | null;
  last_reviewed_on: CalendarDate | null;
}

/** A request's path as its family may read it: its steps' days and the reasons recorded for lateness, no papers. */
export class FamilyRequestFactsRepository {
  constructor(private readonly db: Queryable) {}

  /** The child's latest request, or null if the council has none recorded. */
  async latestOfChild(
    childId: string,
    today: CalendarDate,
  ): Promise<(FamilyRequestFacts & { requestId: string }) | null> {
    const [row] = await this.db.query<RequestRow[]>(
      `SELECT r.id, r.stage, r.received_on, r.decision_to_assess_on, r.decision_to_issue_on, r.draft_issued_on,
              r.final_issued_on, r.closed_on,
              (SELECT max(a.review_meeting_on) FROM annual_reviews a WHERE a.request_id = r.id) AS last_reviewed_on
         FROM ehc_requests r
        WHERE r.child_id = $1
        ORDER BY r.received_on DESC, r.created_at DESC
        LIMIT 1`,
      [childId],
    );
    if (!row) return null;
    // Only the exceptions to the request's own limits: an advice's (reg 8(2)) is about that advice.
    const exceptions = await this.db.query<FamilyRequestFacts['exceptions'][number][]>(
      `SELECT regulation, kind FROM statutory_exceptions
        WHERE request_id = $1 AND regulation IN ('5(4)', '10(4)') ORDER BY starts_on, recorded_at`,
      [row.id],
    );
    return {
      requestId: row.id,
      stage: row.stage,
      receivedOn: row.received_on,
      stepsOn: stepsOn(row),
      exceptions,
      lastReviewedOn: row.last_reviewed_on,
      today,
    };
  }
}

/** The day of each step, named by the stage it moved to: one column keeps both outcomes of a decision. */
function stepsOn(row: RequestRow): FamilyRequestFacts['stepsOn'] {
  const steps: FamilyRequestFacts['stepsOn'] = {};
  const put = (stage: RequestStage, on: CalendarDate | null) => {
    if (on) steps[stage] = on;
  };
  put(row.stage === 'refused' ? 'refused' : 'assessment', row.decision_to_assess_on);
  put(row.stage === 'not_issued' ? 'not_issued' : 'decision_to_issue', row.decision_to_issue_on);
  put('draft_issued', row.draft_issued_on);
  put('final_issued', row.final_issued_on);
  if (row.stage === 'withdrawn') put('withdrawn', row.closed_on);
  return steps;
}
