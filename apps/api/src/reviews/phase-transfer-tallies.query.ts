import { TRANSFER_STANDINGS, type TransferDeadlineTally } from '@convene/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { standingOn } from './standing.query.js';

/**
 * Phase transfers of the transfer years from `fromYear` to `toYear` counted by their deadline and how each stands on
 * `today`, by the database, as `tallyTransfersByDeadline` counts them: amended by the deadline (the day itself
 * included), after it, or not yet (overdue once the deadline has passed). The table holds each transfer's deadline
 * to the rule by a check; a test holds these counts to the libs' tally.
 */
export async function transferTalliesByDeadline(db: DataSource | EntityManager, filter: { fromYear: number; toYear: number; today: string }): Promise<TransferDeadlineTally[]> {
  return db.query(
    `SELECT t.transfer_year AS "transferYear", t.deadline, array_agg(DISTINCT t.kind ORDER BY t.kind) AS kinds, count(*)::int AS due,
            count(*) FILTER (WHERE t.standing = 'by_deadline')::int AS "byDeadline",
            count(*) FILTER (WHERE t.standing = 'late')::int AS late,
            count(*) FILTER (WHERE t.standing IN ('overdue', 'not_yet_due'))::int AS outstanding,
            count(*) FILTER (WHERE t.standing = 'overdue')::int AS overdue
       FROM (SELECT t.transfer_year, t.deadline, t.kind, ${standingOn(TRANSFER_STANDINGS, 't.deadline', 't.amended_plan_issued_on', '$3')} AS standing
               FROM phase_transfers t WHERE t.transfer_year BETWEEN $1 AND $2) t
      GROUP BY t.transfer_year, t.deadline ORDER BY t.deadline`,
    [filter.fromYear, filter.toYear, filter.today],
  );
}
