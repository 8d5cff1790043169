import type { PersonRef } from '@convene/contracts';
import { currentReviewCycle, REVIEW_STANDINGS, reviewStanding, type ReviewDecision, type ReviewMonthTally, type ReviewStanding } from '@convene/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { standingOn } from './standing.query.js';

/** One year's review of a plan: recorded, or (id null) the year now running with nothing recorded of it yet. */
export interface ReviewCycleRecord {
  id: string | null;
  childId: string;
  requestId: string;
  caseReference: string;
  countsFrom: string;
  dueOn: string;
  reviewMeetingOn: string | null;
  decisionOn: string | null;
  decisionOutcome: ReviewDecision | null;
  amendedPlanIssuedOn: string | null;
  recordedBy: PersonRef | null;
}

/**
 * One child's reviews, or those falling due between two days; of those, only the ones standing one way on `today`
 * when `standing` is given.
 */
export type ReviewCycleFilter = { childId: string } | { dueFrom: string; dueUntil: string; standing?: { is: ReviewStanding; today: string } };

const RECORDED = `
  SELECT a.id, a.child_id, a.request_id, c.case_reference, a.counts_from, a.due_on, a.review_meeting_on, a.decision_on,
         a.decision_outcome, a.amended_plan_issued_on, u.id AS recorded_by_id, u.display_name AS recorded_by_name
    FROM annual_reviews a JOIN children c ON c.id = a.child_id LEFT JOIN users u ON u.id = coalesce(a.updated_by, a.created_by)`;

/** The day the review now running of a plan (alias r, its last meeting held `last`) falls due, as `annualReviewDueOn`. */
const RUNNING_DUE_ON = `(coalesce(last.review_meeting_on, r.final_issued_on) + interval '12 months')::date`;

// Final plans whose review now running has no row yet: it counts from the last meeting held, or from the plan.
const unrecorded = (columns: string, from: string) => `
  SELECT r.final_issued_on, last.counts_from AS last_counts_from, last.review_meeting_on AS last_meeting_on, last.decision_outcome AS last_outcome,
         ${RUNNING_DUE_ON} AS running_due_on${columns}
    ${from}
    LEFT JOIN LATERAL (
      SELECT a.counts_from, a.review_meeting_on, a.decision_outcome FROM annual_reviews a
       WHERE a.request_id = r.id AND a.review_meeting_on IS NOT NULL ORDER BY a.review_meeting_on DESC LIMIT 1
    ) last ON true
   WHERE r.final_issued_on IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM annual_reviews o WHERE o.request_id = r.id AND o.review_meeting_on IS NULL)`;
const UNRECORDED = unrecorded(', r.id AS request_id, r.child_id, c.case_reference', 'FROM ehc_requests r JOIN children c ON c.id = r.child_id');

/**
 * Only plans whose running review may fall due between $1 and $2: a year after the day it counts from, give or
 * take a few days, so the database leaves out the years of plans that cannot; `runningCycle` then decides exactly.
 */
const dueBetween = (query: string) => `${query}
     AND ${RUNNING_DUE_ON} BETWEEN $1::date - 3 AND $2::date + 3`;
const UNRECORDED_DUE_BETWEEN = dueBetween(UNRECORDED);
/** The same, with only the days a count needs. */
const UNRECORDED_DAYS_DUE_BETWEEN = dueBetween(unrecorded('', 'FROM ehc_requests r'));

/**
 * Every year's review of the plans asked for (one child's, or those falling due between two days), the
 * year now running included whether or not anything of it has been recorded: a plan issued a year ago
 * whose review nobody has recorded is overdue all the same.
 */
export async function reviewCycles(db: DataSource | EntityManager, filter: ReviewCycleFilter): Promise<ReviewCycleRecord[]> {
  const byChild = 'childId' in filter;
  const standing = byChild ? undefined : filter.standing;
  // A year with nothing recorded can only be overdue or not yet due.
  const heldOnly = standing?.is === 'held_on_time' || standing?.is === 'held_late';
  const [recorded, unrecorded] = await Promise.all([
    byChild
      ? db.query(`${RECORDED} WHERE a.child_id = $1`, [filter.childId])
      : standing
        ? db.query(`${RECORDED} WHERE a.due_on BETWEEN $1 AND $2 AND ${standingOn(REVIEW_STANDINGS, 'a.due_on', 'a.review_meeting_on', '$3')} = $4`, [filter.dueFrom, filter.dueUntil, standing.today, standing.is])
        : db.query(`${RECORDED} WHERE a.due_on BETWEEN $1 AND $2`, [filter.dueFrom, filter.dueUntil]),
    byChild ? db.query(`${UNRECORDED} AND r.child_id = $1`, [filter.childId]) : heldOnly ? [] : db.query(UNRECORDED_DUE_BETWEEN, [filter.dueFrom, filter.dueUntil]),
  ]);
  const records: ReviewCycleRecord[] = recorded.map((row: Record<string, any>) => ({
    id: row.id,
    childId: row.child_id,
    requestId: row.request_id,
    caseReference: row.case_reference,
    countsFrom: row.counts_from,
    dueOn: row.due_on,
    reviewMeetingOn: row.review_meeting_on,
    decisionOn: row.decision_on,
    decisionOutcome: row.decision_outcome,
    amendedPlanIssuedOn: row.amended_plan_issued_on,
    recordedBy: row.recorded_by_id ? { id: row.recorded_by_id, displayName: row.recorded_by_name } : null,
  }));
  for (const row of unrecorded as Record<string, any>[]) {
    const cycle = runningCycle(row);
    if (cycle === null) continue; // the plan was ceased at its last review
    if (!byChild && (cycle.dueOn < filter.dueFrom || cycle.dueOn > filter.dueUntil)) continue;
    if (standing && reviewStanding({ dueOn: cycle.dueOn, reviewMeetingOn: null }, standing.today) !== standing.is) continue;
    records.push({
      id: null,
      childId: row.child_id,
      requestId: row.request_id,
      caseReference: row.case_reference,
      ...cycle,
      reviewMeetingOn: null,
      decisionOn: null,
      decisionOutcome: null,
      amendedPlanIssuedOn: null,
      recordedBy: null,
    });
  }
  return records;
}

/** The year now running of a plan with nothing of it recorded (a row of UNRECORDED); null once the plan was ceased. */
function runningCycle(row: Record<string, any>): { countsFrom: string; dueOn: string } | null {
  const last = row.last_meeting_on ? [{ countsFrom: row.last_counts_from, reviewMeetingOn: row.last_meeting_on, decisionOutcome: row.last_outcome }] : [];
  return currentReviewCycle(row.final_issued_on, last);
}

/**
 * The reviews falling due between two days counted by month and standing on `today`, by the database: the
 * same reviews as `reviewCycles` (recorded, and the year now running of plans with nothing recorded), standing as
 * `reviewStanding` has it: held by the due day (the day itself is on time), held after it, overdue once the due
 * day has passed unheld, not yet due until then. Ten years of plans come to tens of thousands of reviews, and a
 * monthly count need not bring each one back. A test holds these counts to `tallyReviewsByMonth` over `reviewCycles`,
 * and the lists behind the figures (`reviewCycles` with a standing) to these counts.
 */
export async function reviewTalliesByMonth(db: DataSource | EntityManager, filter: { dueFrom: string; dueUntil: string; today: string }): Promise<ReviewMonthTally[]> {
  return db.query(
    `WITH reviews AS (
       SELECT a.due_on, a.review_meeting_on FROM annual_reviews a WHERE a.due_on BETWEEN $1 AND $2
       UNION ALL
       SELECT unrecorded.running_due_on, NULL
         FROM (${UNRECORDED_DAYS_DUE_BETWEEN}) unrecorded
        WHERE unrecorded.last_outcome IS DISTINCT FROM 'cease' AND unrecorded.running_due_on BETWEEN $1 AND $2
     )
     SELECT to_char(due_on, 'YYYY-MM') AS month, count(*)::int AS "due",
            count(*) FILTER (WHERE standing = 'held_on_time')::int AS "heldOnTime",
            count(*) FILTER (WHERE standing = 'held_late')::int AS "heldLate",
            count(*) FILTER (WHERE standing = 'overdue')::int AS "overdue",
            count(*) FILTER (WHERE standing = 'not_yet_due')::int AS "notYetDue"
       FROM (SELECT due_on, ${standingOn(REVIEW_STANDINGS, 'due_on', 'review_meeting_on', '$3')} AS standing FROM reviews) standings GROUP BY 1 ORDER BY 1`,
    [filter.dueFrom, filter.dueUntil, filter.today],
  );
}
