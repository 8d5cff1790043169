import type { HealthAdviceView, HealthTeam, TriageAssignment } from '@convene/contracts';
import {
  ADVICE_WEEKS,
  isAdviceExceptionCase,
  type AdviceGateway,
  type AdviceKind,
  type RecordedException,
} from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/**
 * The day an advice is due (reg 8(1): within 6 weeks of being asked), as an SQL date for the advice request
 * `advice` (an alias of advice_requests): the one place the database side counts the weeks.
 */
export const adviceDueOn = (advice: string) => `(${advice}.requested_on + ${ADVICE_WEEKS * 7})`;

/**
 * The reg 8(2) exceptions recorded on the advice request `advice` (an alias of advice_requests), as a JSON array in
 * the terms of the libs' `RecordedException`: whether one of them excuses the advice is for the statutory clock
 * (`isAdviceExceptionCase`) to say, as it says on the case page, never for a bare EXISTS.
 */
export const adviceExceptions = (advice: string) =>
  `(SELECT coalesce(json_agg(json_build_object('regulation', e.regulation, 'kind', e.kind, 'startsOn', e.starts_on,
                                   'endsOn', e.ends_on, 'adviceId', e.advice_request_id)), '[]')
      FROM statutory_exceptions e WHERE e.advice_request_id = ${advice}.id AND e.regulation = '8(2)')`;

/** A request for advice on a gateway's tracker (the DCO's, the DSCO's…), with its case, team and due day. */
export interface HealthAdviceRow {
  id: string;
  request_id: string;
  child_id: string;
  case_reference: string;
  agency_id: string | null;
  /** Set with the team. */
  team_name: string;
  source: HealthAdviceView['source'];
  status: HealthAdviceView['status'];
  response: HealthAdviceView['response'];
  priority: HealthAdviceView['priority'];
  team_response: HealthAdviceView['teamResponse'];
  requested_on: string;
  due_on: string;
  returned_on: string | null;
  exception_case: boolean;
  last_chased_at: Date | null;
  reassignments: number;
  quality: { criteria: Record<string, boolean>; note: string | null } | null;
  evidence_id: string | null;
}

/** An advice as the database gives it: its reg 8(2) exceptions still to be judged by the clock. */
type HealthAdviceRecord = Omit<HealthAdviceRow, 'exception_case'> & { exceptions: RecordedException[] };

function withExceptionCase({ exceptions, ...row }: HealthAdviceRecord): HealthAdviceRow {
  return {
    ...row,
    exception_case: isAdviceExceptionCase({ id: row.id, requestedOn: row.requested_on }, exceptions),
  };
}

/** Which advices a tracker or queue shows: open ones, returned ones, or all but the cancelled. */
export type AdviceState = 'open' | 'returned' | 'all';

/** One gateway's advices: `$1` is the advice kind. */
const GATEWAY_ADVICE = `
  SELECT a.*, ${adviceDueOn('a')} AS due_on, r.child_id, c.case_reference, g.name AS team_name,
         ${adviceExceptions('a')} AS exceptions
    FROM advice_requests a
    JOIN ehc_requests r ON r.id = a.request_id
    JOIN children c ON c.id = r.child_id
    LEFT JOIN agencies g ON g.id = a.agency_id
   WHERE a.advice_kind = $1`;

/** A request for advice waiting for its gateway to send it to a team. */
export interface AdviceAwaitingTriage {
  id: string;
  request_id: string;
  requested_on: string;
  source: string;
}

/** How the coordinator sent an advice at the gateway. */
export interface Triage {
  response: TriageAssignment['response'];
  priority: TriageAssignment['priority'];
  itemId: string;
  triagedBy: string;
}

/** An advice triaged at an item, as the team's answer and a move to another team need it. */
export interface TriagedAdvice {
  id: string;
  agency_id: string;
  status: string;
  team_response: TriageAssignment['teamResponse'];
}

/** Requests for advice for an assessment: who has each, when it is due, and the gateway's triage. */
export class AdviceRequestsRepository {
  constructor(private readonly db: Queryable) {}

  /** The gateway's teams (the agencies of its team kind), by name: a retired team is sent nothing new. */
  teams(gateway: AdviceGateway): Promise<HealthTeam[]> {
    return this.db.query(
      `SELECT id, code, name FROM agencies WHERE kind = $1 AND retired_at IS NULL ORDER BY name`,
      [gateway.teamKind],
    );
  }

  /** A gateway's requests for advice, oldest first: one team's (null: every team's), in that state. */
  async tracker(
    gateway: AdviceGateway,
    teamId: string | null,
    state: AdviceState,
  ): Promise<HealthAdviceRow[]> {
    const rows = await this.db.query<HealthAdviceRecord[]>(
      `${GATEWAY_ADVICE}
         AND ($2::uuid IS NULL OR a.agency_id = $2)
         AND CASE $3 WHEN 'open' THEN a.status IN ('awaiting_triage', 'with_team') WHEN 'returned' THEN a.status = 'returned' ELSE a.status <> 'cancelled' END
       ORDER BY a.requested_on, c.case_reference, g.name
       LIMIT 2000`,
      [gateway.adviceKind, teamId, state],
    );
    return rows.map(withExceptionCase);
  }

  /** One of the gateway's advices; undefined when it has no advice with that id. */
  async gatewayAdvice(gateway: AdviceGateway, adviceId: string): Promise<HealthAdviceRow | undefined> {
    const [row] = await this.db.query<HealthAdviceRecord[]>(`${GATEWAY_ADVICE} AND a.id = $2`, [
      gateway.adviceKind,
      adviceId,
    ]);
    return row && withExceptionCase(row);
  }

  /** A request for advice awaiting its gateway's triage (recorded by hand, or asked on agreeing to assess); its id. */
  async askForTriage(
    adviceKind: AdviceKind,
    requestId: string,
    requestedOn: string,
    source: HealthAdviceView['source'],
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status, source) VALUES ($1, $2, $3, 'awaiting_triage', $4) RETURNING id`,
      [requestId, adviceKind, requestedOn, source],
    );
    return row!.id;
  }

  /**
   * A request for advice asked directly of an agency, without a gateway (the agencies the council does not triage):
   * with the agency from the day it is asked; its id, or undefined when the council has no agency of that kind in use.
   */
  async askDirectly(
    adviceKind: AdviceKind,
    agencyKind: AdviceGateway['teamKind'],
    requestId: string,
    requestedOn: string,
  ): Promise<{ id: string; agencyId: string } | undefined> {
    const [row] = await this.db.query<{ id: string; agencyId: string }[]>(
      `INSERT INTO advice_requests (request_id, advice_kind, agency_id, requested_on, status, source)
       SELECT $1, $2, g.id, $4, 'with_team', 'assessment' FROM agencies g WHERE g.kind = $3 AND g.retired_at IS NULL
        ORDER BY g.name LIMIT 1
       RETURNING id, agency_id AS "agencyId"`,
      [requestId, adviceKind, agencyKind, requestedOn],
    );
    return row;
  }

  /** False when the advice was no longer with a team. */
  async markReturned(adviceId: string, returnedOn: string, evidenceId: string): Promise<boolean> {
    const [updated] = await this.db.query<[unknown[], number]>(
      `UPDATE advice_requests SET status = 'returned', returned_on = $2, evidence_id = $3 WHERE id = $1 AND status = 'with_team' RETURNING id`,
      [adviceId, returnedOn, evidenceId],
    );
    return updated.length > 0;
  }

  async rate(
    adviceId: string,
    quality: { criteria: Record<string, boolean>; note: string | null },
    ratedBy: string,
  ): Promise<void> {
    await this.db.query(`UPDATE advice_requests SET quality = $2, quality_rated_by = $3 WHERE id = $1`, [
      adviceId,
      JSON.stringify(quality),
      ratedBy,
    ]);
  }

  async markChased(adviceId: string): Promise<void> {
    await this.db.query(`UPDATE advice_requests SET last_chased_at = now() WHERE id = $1`, [adviceId]);
  }

  /** Keeps the group's moderated grade with the advice; the grade it had before. */
  async keepAuditedGrade(adviceId: string, grade: string): Promise<string | null> {
    const [[before]] = await this.db.query<[{ audited_grade: string | null }[], number]>(
      `UPDATE advice_requests a SET audited_grade = $2 FROM (SELECT audited_grade FROM advice_requests WHERE id = $1) old WHERE a.id = $1 RETURNING old.audited_grade`,
      [adviceId, grade],
    );
    return before?.audited_grade ?? null;
  }

  /** The case's oldest request for the gateway's advice awaiting triage, for the item's case request; locked. */
  async lockAwaitingTriage(
    adviceKind: AdviceKind,
    itemId: string,
  ): Promise<(AdviceAwaitingTriage & { advice_kind: AdviceKind }) | undefined> {
    const [row] = await this.db.query<(AdviceAwaitingTriage & { advice_kind: AdviceKind })[]>(
      `SELECT a.id, a.request_id, a.requested_on, a.source, a.advice_kind FROM advice_requests a JOIN agenda_items i ON i.request_id = a.request_id
      WHERE i.id = $1 AND a.advice_kind = $2 AND a.status = 'awaiting_triage'
      ORDER BY a.requested_on LIMIT 1 FOR UPDATE OF a`,
      [itemId, adviceKind],
    );
    return row;
  }

  /** Sends the awaiting advice to the first team, and a copy of it to each of the others. */
  async triage(
    awaiting: AdviceAwaitingTriage & { advice_kind: AdviceKind },
    teamIds: readonly string[],
    triage: Triage,
  ): Promise<void> {
    const [first, ...others] = teamIds;
    await this.db.query(
      `UPDATE advice_requests SET agency_id = $2, status = 'with_team', response = $3, priority = $4, triaged_in_item = $5, triaged_at = now(),
            triaged_by = $6, team_response = 'pending'
      WHERE id = $1`,
      [awaiting.id, first, triage.response, triage.priority, triage.itemId, triage.triagedBy],
    );
    for (const teamId of others) {
      await this.db.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status, source, response, priority, triaged_in_item, triaged_at, triaged_by, team_response)
       VALUES ($1, $2, $9, $3, 'with_team', $4, $5, $6, $7, now(), $8, 'pending')`,
        [
          awaiting.request_id,
          teamId,
          awaiting.requested_on,
          awaiting.source,
          triage.response,
          triage.priority,
          triage.itemId,
          triage.triagedBy,
          awaiting.advice_kind,
        ],
      );
    }
  }

  /** The advice, locked, if it was triaged at the item. */
  async lockTriaged(adviceRequestId: string, itemId: string): Promise<TriagedAdvice | undefined> {
    const [row] = await this.db.query<TriagedAdvice[]>(
      `SELECT id, agency_id, status, team_response FROM advice_requests WHERE id = $1 AND triaged_in_item = $2 FOR UPDATE`,
      [adviceRequestId, itemId],
    );
    return row;
  }

  async answerForTeam(
    adviceRequestId: string,
    teamResponse: 'accepted' | 'pushed_back',
    reason: string | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE advice_requests SET team_response = $2, team_response_reason = $3 WHERE id = $1`,
      [adviceRequestId, teamResponse, reason],
    );
  }

  /** Whether the team has an advice triaged at the item already. */
  async teamHasOne(itemId: string, teamId: string): Promise<boolean> {
    const taken = await this.db.query<unknown[]>(
      `SELECT 1 FROM advice_requests WHERE triaged_in_item = $1 AND agency_id = $2`,
      [itemId, teamId],
    );
    return taken.length > 0;
  }

  /** Moves the advice to another team, which has yet to answer for it; counted against "right team first time". */
  async reassign(adviceRequestId: string, teamId: string): Promise<void> {
    await this.db.query(
      `UPDATE advice_requests SET agency_id = $2, reassignments = reassignments + 1, team_response = 'pending', team_response_reason = NULL WHERE id = $1`,
      [adviceRequestId, teamId],
    );
  }

  /** The teams each gateway item's advice went to, by agenda item: read for snapshots and events alike. */
  async triageAssignments(itemIds: readonly string[]): Promise<Map<string, TriageAssignment[]>> {
    const byItem = new Map<string, TriageAssignment[]>();
    if (itemIds.length === 0) return byItem;
    const rows = await this.db.query<
      (Omit<
        TriageAssignment,
        'adviceRequestId' | 'team' | 'teamResponse' | 'teamResponseReason' | 'dueOn'
      > & {
        id: string;
        triaged_in_item: string;
        team_response: TriageAssignment['teamResponse'];
        team_response_reason: string | null;
        due_on: string;
        team_id: string;
        team_name: string;
      })[]
    >(
      `SELECT a.id, a.triaged_in_item, a.response, a.priority, a.team_response, a.team_response_reason, a.reassignments,
            ${adviceDueOn('a')} AS due_on, g.id AS team_id, g.name AS team_name
       FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
      WHERE a.triaged_in_item = ANY($1::uuid[])
      ORDER BY g.name, a.id`,
      [itemIds],
    );
    for (const row of rows) {
      const list = byItem.get(row.triaged_in_item) ?? [];
      list.push({
        adviceRequestId: row.id,
        team: { id: row.team_id, name: row.team_name },
        response: row.response,
        priority: row.priority,
        teamResponse: row.team_response,
        teamResponseReason: row.team_response_reason,
        reassignments: row.reassignments,
        dueOn: row.due_on,
      });
      byItem.set(row.triaged_in_item, list);
    }
    return byItem;
  }

  /** The meeting's items whose case has advice with this team: the gateway items that are the team's. */
  async itemsOfTeam(meetingId: string, agencyId: string): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT i.id FROM agenda_items i JOIN ehc_requests r ON r.id = i.request_id
        WHERE i.meeting_id = $1
          AND EXISTS (SELECT 1 FROM ehc_requests o JOIN advice_requests a ON a.request_id = o.id
                       WHERE o.child_id = r.child_id AND a.agency_id = $2)`,
      [meetingId, agencyId],
    );
    return new Set(rows.map((row) => row.id));
  }
}
