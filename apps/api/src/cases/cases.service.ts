import { Injectable } from '@nestjs/common';
import type { CaseDetail, CaseRequestDetail, CaseSummary, Page } from '@convene/contracts';
import { clockBadge, DUE_SOON_WITHIN_DAYS, NEXT_DEADLINE_WEEKS, type RequestStage } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { CaseAccessService, CaseNotFoundError } from './case-access.service.js';
import type { ListCasesQuery } from './dto/list-cases.query.js';
import { toCaseRequestDetail, type RequestRows } from './case-request.mapper.js';

/** SQL for the day an open request's next statutory limit falls, from the shared table of limits. */
const NEXT_DUE_SQL = `CASE lr.stage ${Object.entries(NEXT_DEADLINE_WEEKS)
  .map(([stage, weeks]) => `WHEN '${stage}' THEN lr.received_on + ${weeks! * 7}`)
  .join(' ')} END`;

// Personal fields are not even read for roles that may not see them.
const PERSONAL_COLUMNS = 'c.given_name, c.family_name, c.date_of_birth';
const HIDDEN_PERSONAL_COLUMNS = 'NULL AS given_name, NULL AS family_name, NULL AS date_of_birth';

const LATEST_REQUESTS = `SELECT DISTINCT ON (r.child_id) r.* FROM ehc_requests r ORDER BY r.child_id, r.received_on DESC, r.created_at DESC`;

/** The caseload and the case page: one place that reads children's cases for every panel. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  async list(user: SessionUser, query: ListCasesQuery): Promise<Page<CaseSummary>> {
    const today = todayInEngland();
    const personal = this.access.seesPersonalFields(user);
    const where: string[] = [];
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    // PostgreSQL refuses a parameter the statement never uses, so these are bound only when needed.
    let todayParameter: string | undefined;
    let meParameter: string | undefined;
    const todaySql = () => (todayParameter ??= `${bind(today)}::date`);
    const me = () => (meParameter ??= `${bind(user.id)}::uuid`);

    const scope = this.access.childFilter(user, 'c.id', parameters.length + 1);

    if (scope) {
      where.push(scope.sql);
      parameters.push(...scope.parameters);
    }
    if (query.locality) where.push(`l.code = ${bind(query.locality)}`);
    if (query.stage) where.push(`lr.stage = ${bind(query.stage)}`);
    if (query.flo) where.push(`c.family_link_officer_id = ${query.flo === 'me' ? me() : bind(query.flo)}`);
    if (query.need) where.push(`c.primary_need = ${bind(query.need)}`);
    if (query.reference) where.push(`c.case_reference ILIKE ${bind(`%${query.reference}%`)}`);
    if (query.overdue) where.push(`${NEXT_DUE_SQL} < ${todaySql()}`);
    if (query.dueThisWeek) where.push(`${NEXT_DUE_SQL} BETWEEN ${todaySql()} AND ${todaySql()} + ${DUE_SOON_WITHIN_DAYS}`);

    const whereParameters = parameters.slice();
    const order = {
      // Open requests first, the most overdue at the top; a Family Link Officer's own cases before others'.
      urgency: () => `(c.family_link_officer_id IS NOT DISTINCT FROM ${me()}) DESC, ${NEXT_DUE_SQL} ASC NULLS LAST, c.vulnerability_score DESC, c.case_reference`,
      received: () => 'lr.received_on DESC NULLS LAST, c.case_reference',
      reference: () => 'c.case_reference',
    }[query.sort]();

    const from = `FROM children c
         JOIN localities l ON l.id = c.locality_id
         LEFT JOIN users u ON u.id = c.family_link_officer_id
         LEFT JOIN lr ON lr.child_id = c.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `WITH lr AS (${LATEST_REQUESTS})
         SELECT c.id, c.case_reference, ${personal ? PERSONAL_COLUMNS : HIDDEN_PERSONAL_COLUMNS},
                c.year_group, c.setting_name, l.code AS locality_code, l.name AS locality_name,
                u.id AS flo_id, u.display_name AS flo_name, c.primary_need, c.vulnerability_markers, c.vulnerability_score,
                lr.id AS request_id, lr.stage, lr.received_on, lr.source
         ${from}
         ORDER BY ${order}
         LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        parameters,
      ),
      this.dataSource.query(`WITH lr AS (${LATEST_REQUESTS}) SELECT count(*)::int AS total ${from}`, whereParameters),
    ]);
    return { items: rows.map((row: SummaryRow) => toSummary(row, today)), page: query.page, pageSize: query.pageSize, total };
  }

  async detail(user: SessionUser, childId: string): Promise<CaseDetail> {
    await this.access.assertCanSee(user, childId);
    const today = todayInEngland();
    const personal = this.access.seesPersonalFields(user);
    const [child] = await this.dataSource.query(
      `SELECT c.id, c.case_reference, ${personal ? PERSONAL_COLUMNS : HIDDEN_PERSONAL_COLUMNS},
              c.year_group, c.setting_name, l.code AS locality_code, l.name AS locality_name,
              u.id AS flo_id, u.display_name AS flo_name, c.primary_need, c.vulnerability_markers, c.vulnerability_score
         FROM children c JOIN localities l ON l.id = c.locality_id LEFT JOIN users u ON u.id = c.family_link_officer_id
        WHERE c.id = $1`,
      [childId],
    );
    if (!child) throw new CaseNotFoundError();
    const requests = await this.requestsOf(childId, today);
    const { request: _request, clock: _clock, ...summary } = toSummary(child, today);
    return { ...summary, requests };
  }

  private async requestsOf(childId: string, today: string): Promise<CaseRequestDetail[]> {
    const rows: RequestRows = {
      requests: await this.dataSource.query(`SELECT * FROM ehc_requests WHERE child_id = $1 ORDER BY received_on DESC, created_at DESC`, [childId]),
      steps: await this.dataSource.query(
        `SELECT e.request_id, e.stage, e.occurred_on, e.recorded_at, e.note, u.id AS user_id, u.display_name
           FROM request_events e JOIN ehc_requests r ON r.id = e.request_id LEFT JOIN users u ON u.id = e.recorded_by
          WHERE r.child_id = $1 ORDER BY e.occurred_on, e.recorded_at`,
        [childId],
      ),
      exceptions: await this.dataSource.query(
        `SELECT x.* FROM statutory_exceptions x JOIN ehc_requests r ON r.id = x.request_id WHERE r.child_id = $1 ORDER BY x.starts_on`,
        [childId],
      ),
      advice: await this.dataSource.query(
        `SELECT a.*, g.name AS agency_name FROM advice_requests a JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN agencies g ON g.id = a.agency_id WHERE r.child_id = $1 ORDER BY a.requested_on, a.advice_kind`,
        [childId],
      ),
    };
    return rows.requests.map((request) => toCaseRequestDetail(request, rows, today));
  }
}

interface SummaryRow {
  id: string;
  case_reference: string;
  given_name: string | null;
  family_name: string | null;
  date_of_birth: string | null;
  year_group: number;
  setting_name: string | null;
  locality_code: string;
  locality_name: string;
  flo_id: string | null;
  flo_name: string | null;
  primary_need: CaseSummary['primaryNeed'];
  vulnerability_markers: CaseSummary['vulnerabilityMarkers'];
  vulnerability_score: number;
  request_id?: string | null;
  stage?: RequestStage | null;
  received_on?: string | null;
  source?: CaseSummary['request'] extends infer R ? (R extends { source: infer S } ? S : never) : never;
}

function toSummary(row: SummaryRow, today: string): CaseSummary {
  return {
    childId: row.id,
    caseReference: row.case_reference,
    name: row.given_name && row.family_name ? { given: row.given_name, family: row.family_name } : null,
    dateOfBirth: row.date_of_birth,
    yearGroup: row.year_group,
    settingName: row.setting_name,
    locality: { code: row.locality_code, name: row.locality_name },
    familyLinkOfficer: row.flo_id ? { id: row.flo_id, displayName: row.flo_name! } : null,
    primaryNeed: row.primary_need,
    vulnerabilityMarkers: row.vulnerability_markers,
    vulnerabilityScore: row.vulnerability_score,
    request: row.request_id ? { id: row.request_id, stage: row.stage!, receivedOn: row.received_on!, source: row.source! } : null,
    clock: row.request_id ? clockBadge(row.stage!, row.received_on!, today) : null,
  };
}
