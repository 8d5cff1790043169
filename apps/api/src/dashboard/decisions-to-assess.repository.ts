import { isDecisionToAssessExceptionCase, type RecordedException } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A decision whether to assess, with its case; an exception case as the statutory clock judges it. */
export interface DecisionToAssessRow {
  child_id: string;
  case_reference: string;
  received_on: string;
  decided_on: string;
  refused: boolean;
  exception_case: boolean;
}

/**
 * The decisions whether to assess made in a period: a request's decision_to_assess_on is the day the decision was
 * made, agreed or refused (a refusal is recorded on it, as RequestStepsService and the import record it). Their
 * reg 5(4) exceptions come back for the clock (`isDecisionToAssessExceptionCase`) to judge, as the case page does.
 */
export class DecisionsToAssessRepository {
  constructor(private readonly db: Queryable) {}

  async madeBetween(from: string, to: string): Promise<DecisionToAssessRow[]> {
    const rows = await this.db.query<
      (Omit<DecisionToAssessRow, 'exception_case'> & { exceptions: RecordedException[] })[]
    >(
      `SELECT r.child_id, c.case_reference, r.received_on, r.decision_to_assess_on AS decided_on, r.stage = 'refused' AS refused,
              (SELECT coalesce(json_agg(json_build_object('regulation', e.regulation, 'kind', e.kind, 'startsOn', e.starts_on,
                                        'endsOn', e.ends_on, 'adviceAskedOn', e.advice_asked_on)), '[]')
                 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '5(4)') AS exceptions
         FROM ehc_requests r JOIN children c ON c.id = r.child_id
        WHERE r.decision_to_assess_on BETWEEN $1 AND $2
        ORDER BY r.decision_to_assess_on, c.case_reference`,
      [from, to],
    );
    return rows.map(({ exceptions, ...row }) => ({
      ...row,
      exception_case: isDecisionToAssessExceptionCase(row.received_on, exceptions),
    }));
  }
}
