import type { PersonRef } from '@convene/contracts';
import {
  currentReviewCycle,
  REVIEW_STANDINGS,
  reviewStanding,
  type ReviewDecision,
  type ReviewMonthTally,
  type ReviewStanding,
} from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';
import { annualReviewDueOnSql, standingOn } from './standing.query.js';

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
export type ReviewCycleFilter =
  | { childId: string }
  | { dueFrom: string; dueUntil: string; standing?: { is: ReviewStanding; today: string } };

interface RecordedRow {
  id: string;
  child_id: string;
  request_id: string;
  case_reference: string;
  counts_from: string;
  due_on: string;
  review_meeting_on: string | null;
  decision_on: string | null;
  decision_outcome: ReviewDecision | null;
  amended_plan_issued_on: string | null;
  recorded_by_id: string | null;
  /** Set with its id. */
  recorded_by_name: string;
}

/** A plan whose running review has nothing recorded, with its last meeting held (if any). */
interface UnrecordedRow {
  request_id: string;
  child_id: string;
  case_reference: string;
  final_issued_on: string;
  last_counts_from: string | null;
  last_meeting_on: string | null;
  last_outcome: ReviewDecision | null;
  running_due_on: string;
}

/** A review locked while a decision or an amended plan is recorded on it, with the child's Family Link Officer. */
export interface LockedReview {
  id: string;
  child_id: string;
  review_meeting_on: string | null;
  decision_on: string | null;
  decision_outcome: ReviewDecision | null;
  amended_plan_issued_on: string | null;
  family_link_officer_id: string | null;
}

const RECORDED = `
  SELECT a.id, a.child_id, a.request_id, c.case_reference, a.counts_from, a.due_on, a.review_meeting_on, a.decision_on,
         a.decision_outcome, a.amended_plan_issued_on, u.id AS recorded_by_id, u.display_name AS recorded_by_name
    FROM annual_reviews a JOIN children c ON c.id = a.child_id LEFT JOIN users u ON u.id = coalesce(a.updated_by, a.created_by)`;

/** The day the review now running of a plan (alias r, its last meeting held `last`) falls due, as `annualReviewDueOn`. */
const RUNNING_DUE_ON = annualReviewDueOnSql('coalesce(last.review_meeting_on, r.final_issued_on)');

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
const UNRECORDED = unrecorded(
  ', r.id AS request_id, r.child_id, c.case_reference',
  'FROM ehc_requests r JOIN children c ON c.id = r.child_id',
);

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
async function reviewCycles(db: Queryable, filter: ReviewCycleFilter): Promise<ReviewCycleRecord[]> {
  const byChild = 'childId' in filter;
  const standing = byChild ? undefined : filter.standing;
  // A year with nothing recorded can only be overdue or not yet due.
  const heldOnly = standing?.is === 'held_on_time' || standing?.is === 'held_late';
  const [recorded, unrecorded] = await Promise.all([
    byChild
      ? db.query<RecordedRow[]>(`${RECORDED} WHERE a.child_id = $1`, [filter.childId])
      : standing
        ? db.query<RecordedRow[]>(
            `${RECORDED} WHERE a.due_on BETWEEN $1 AND $2 AND ${standingOn(REVIEW_STANDINGS, 'a.due_on', 'a.review_meeting_on', '$3')} = $4`,
            [filter.dueFrom, filter.dueUntil, standing.today, standing.is],
          )
        : db.query<RecordedRow[]>(`${RECORDED} WHERE a.due_on BETWEEN $1 AND $2`, [
            filter.dueFrom,
            filter.dueUntil,
          ]),
    byChild
      ? db.query<UnrecordedRow[]>(`${UNRECORDED} AND r.child_id = $1`, [filter.childId])
      : heldOnly
        ? []
        : db.query<UnrecordedRow[]>(UNRECORDED_DUE_BETWEEN, [filter.dueFrom, filter.dueUntil]),
  ]);
  const records: ReviewCycleRecord[] = recorded.map((row) => ({
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
  for (const row of unrecorded) {
    const cycle = runningCycle(row);
    if (cycle === null) continue; // the plan was ceased at its last review
    if (!byChild && (cycle.dueOn < filter.dueFrom || cycle.dueOn > filter.dueUntil)) continue;
    if (
      standing &&
      reviewStanding({ dueOn: cycle.dueOn, reviewMeetingOn: null }, standing.today) !== standing.is
    )
      continue;
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
function runningCycle(row: UnrecordedRow): { countsFrom: string; dueOn: string } | null {
  const last = row.last_meeting_on
    ? [
        {
          countsFrom: row.last_counts_from!,
          reviewMeetingOn: row.last_meeting_on,
          decisionOutcome: row.last_outcome,
        },
      ]
    : [];
  return currentReviewCycle(row.final_issued_on, last);
}

/** Children's annual reviews: each year's meeting, decision and amended plan, and the year now running of every plan. */
export class AnnualReviewsRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Every year's review of the plans asked for (one child's, or those falling due between two days), the
   * year now running included whether or not anything of it has been recorded: a plan issued a year ago
   * whose review nobody has recorded is overdue all the same.
   */
  cycles(filter: ReviewCycleFilter): Promise<ReviewCycleRecord[]> {
    return reviewCycles(this.db, filter);
  }

  /** The plan's review whose meeting is not yet recorded, if one is open. */
  async openFor(requestId: string): Promise<{ id: string; counts_from: string } | undefined> {
    const [open] = await this.db.query<{ id: string; counts_from: string }[]>(
      `SELECT id, counts_from FROM annual_reviews WHERE request_id = $1 AND review_meeting_on IS NULL`,
      [requestId],
    );
    return open;
  }

  /** The plan's reviews whose meeting was held. */
  heldFor(
    requestId: string,
  ): Promise<{ counts_from: string; review_meeting_on: string; decision_outcome: ReviewDecision | null }[]> {
    return this.db.query(
      `SELECT counts_from, review_meeting_on, decision_outcome FROM annual_reviews WHERE request_id = $1 AND review_meeting_on IS NOT NULL`,
      [requestId],
    );
  }

  async recordMeeting(reviewId: string, reviewMeetingOn: string, recordedBy: string): Promise<void> {
    await this.db.query(
      `UPDATE annual_reviews SET review_meeting_on = $2, updated_by = $3, updated_at = now() WHERE id = $1`,
      [reviewId, reviewMeetingOn, recordedBy],
    );
  }

  /** A year's review opened by its meeting; its id. */
  async openWithMeeting(review: {
    childId: string;
    requestId: string;
    countsFrom: string;
    dueOn: string;
    reviewMeetingOn: string;
    recordedBy: string;
  }): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on, review_meeting_on, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [
        review.childId,
        review.requestId,
        review.countsFrom,
        review.dueOn,
        review.reviewMeetingOn,
        review.recordedBy,
      ],
    );
    return row!.id;
  }

  async lock(reviewId: string): Promise<LockedReview | undefined> {
    const [review] = await this.db.query<LockedReview[]>(
      `SELECT a.*, c.family_link_officer_id FROM annual_reviews a JOIN children c ON c.id = a.child_id WHERE a.id = $1 FOR UPDATE OF a`,
      [reviewId],
    );
    return review;
  }

  async recordDecision(
    reviewId: string,
    decisionOn: string,
    outcome: ReviewDecision,
    recordedBy: string,
  ): Promise<void> {
    await this.db.query(
      `UPDATE annual_reviews SET decision_on = $2, decision_outcome = $3, updated_by = $4, updated_at = now() WHERE id = $1`,
      [reviewId, decisionOn, outcome, recordedBy],
    );
  }

  async recordAmendedPlan(reviewId: string, amendedPlanIssuedOn: string, recordedBy: string): Promise<void> {
    await this.db.query(
      `UPDATE annual_reviews SET amended_plan_issued_on = $2, updated_by = $3, updated_at = now() WHERE id = $1`,
      [reviewId, amendedPlanIssuedOn, recordedBy],
    );
  }

  async childOf(reviewId: string): Promise<string> {
    const [child] = await this.db.query<{ child_id: string }[]>(
      `SELECT child_id FROM annual_reviews WHERE id = $1`,
      [reviewId],
    );
    return child!.child_id;
  }

  /**
   * The reviews falling due between two days counted by month and standing on `today`, by the database: the
   * same reviews as `reviewCycles` (recorded, and the year now running of plans with nothing recorded), standing as
   * `reviewStanding` has it: held by the due day (the day itself is on time), held after it, overdue once the due
   * day has passed unheld, not yet due until then. Ten years of plans come to tens of thousands of reviews, and a
   * monthly count need not bring each one back. A test holds these counts to `tallyReviewsByMonth` over `reviewCycles`,
   * and the lists behind the figures (`reviewCycles` with a standing) to these counts.
   */
  talliesByMonth(filter: { dueFrom: string; dueUntil: string; today: string }): Promise<ReviewMonthTally[]> {
    return this.db.query(
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
}
