import type { CaseSort, CaseSummary } from '@convene/contracts';
import {
  DUE_SOON_WITHIN_DAYS,
  NEXT_DEADLINE_WEEKS,
  vulnerabilityScore,
  type AdviceKind,
  type AgendaItemKind,
  type NeedArea,
  type RequestStage,
  type VulnerabilityMarker,
} from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** Whose cases someone sees: the whole caseload, those whose advice went to their team, or none outside a meeting. */
export type CaseScope = { kind: 'all' } | { kind: 'team'; agencyId: string } | { kind: 'none' };

/** The caseload's filters and order, as the list asks for them. */
export interface CaseListFilter {
  locality?: string;
  stage?: RequestStage;
  /** A Family Link Officer's id, or 'me'. */
  flo?: string;
  need?: NeedArea;
  reference?: string;
  overdue?: boolean;
  dueThisWeek?: boolean;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

/** Who is asking, and what they may read. */
export interface CaseReader {
  userId: string;
  scope: CaseScope;
  /** May read the child's name and date of birth. */
  personal: boolean;
}

/** A child's case as the caseload and the case page show it; the latest request only in the caseload. */
export interface CaseSummaryRow {
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
  primary_need: NeedArea;
  vulnerability_markers: VulnerabilityMarker[];
  vulnerability_score: number;
  request_id?: string | null;
  stage?: RequestStage | null;
  received_on?: string | null;
  source?: NonNullable<CaseSummary['request']>['source'] | null;
}

/** What the case records of a child, as a case is opened or imported. */
export interface ChildDetails {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  yearGroup: number;
  settingName: string | null;
  localityId: string;
  familyLinkOfficerId: string | null;
  primaryNeed: NeedArea;
  vulnerabilityMarkers: VulnerabilityMarker[];
}

/** The child's details in the order of the children table's columns after its id and reference, with the markers' score. */
const childValues = (child: ChildDetails) => [
  child.givenName,
  child.familyName,
  child.dateOfBirth,
  child.yearGroup,
  child.settingName,
  child.localityId,
  child.familyLinkOfficerId,
  child.primaryNeed,
  child.vulnerabilityMarkers,
  vulnerabilityScore(child.vulnerabilityMarkers),
];

/** SQL for the day an open request's next statutory limit falls, from the shared table of limits. */
const NEXT_DUE_SQL = `CASE lr.stage ${Object.entries(NEXT_DEADLINE_WEEKS)
  .map(([stage, weeks]) => `WHEN '${stage}' THEN lr.received_on + ${weeks * 7}`)
  .join(' ')} END`;

// Personal fields are not even read for roles that may not see them.
const PERSONAL_COLUMNS = 'c.given_name, c.family_name, c.date_of_birth';
const HIDDEN_PERSONAL_COLUMNS = 'NULL AS given_name, NULL AS family_name, NULL AS date_of_birth';

const LATEST_REQUESTS = `SELECT DISTINCT ON (r.child_id) r.* FROM ehc_requests r ORDER BY r.child_id, r.received_on DESC, r.created_at DESC`;

/** A condition on `c.id` limiting rows to the scope's children, its parameter numbered from `next`; null: every child. */
function scopeCondition(scope: CaseScope, next: number): { sql: string; parameters: unknown[] } | null {
  if (scope.kind === 'all') return null;
  if (scope.kind === 'team') {
    return {
      sql: `c.id IN (SELECT r.child_id FROM ehc_requests r JOIN advice_requests a ON a.request_id = r.id WHERE a.agency_id = $${next})`,
      parameters: [scope.agencyId],
    };
  }
  return { sql: 'false', parameters: [] };
}

/** The request a case must have for each kind of item: a stage it is at (a panel request is found elsewhere). */
const AWAITING_REQUEST: Partial<Record<AgendaItemKind, string>> = {
  decision_to_assess: `stage = 'received'`,
  decision_to_issue: `stage = 'assessment'`,
  health_funding: `stage IN ('draft_issued', 'final_issued')`,
  joint_funding: `stage IN ('draft_issued', 'final_issued')`,
  // $2: the gateway's advice kind.
  advice_triage: `EXISTS (SELECT 1 FROM advice_requests a WHERE a.request_id = ehc_requests.id AND a.advice_kind = $2 AND a.status = 'awaiting_triage')`,
};

/** Children and their requests for assessment: the case. */
export class CasesRepository {
  constructor(private readonly db: Queryable) {}

  /** A page of the caseload the reader may see, each child with their latest request; and how many there are. */
  async list(
    reader: CaseReader,
    filter: CaseListFilter,
    today: string,
  ): Promise<{ rows: CaseSummaryRow[]; total: number }> {
    const where: string[] = [];
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    // PostgreSQL refuses a parameter the statement never uses, so these are bound only when needed.
    let todayParameter: string | undefined;
    let meParameter: string | undefined;
    const todaySql = () => (todayParameter ??= `${bind(today)}::date`);
    const me = () => (meParameter ??= `${bind(reader.userId)}::uuid`);

    const scope = scopeCondition(reader.scope, parameters.length + 1);
    if (scope) {
      where.push(scope.sql);
      parameters.push(...scope.parameters);
    }
    if (filter.locality) where.push(`l.code = ${bind(filter.locality)}`);
    if (filter.stage) where.push(`lr.stage = ${bind(filter.stage)}`);
    if (filter.flo) where.push(`c.family_link_officer_id = ${filter.flo === 'me' ? me() : bind(filter.flo)}`);
    if (filter.need) where.push(`c.primary_need = ${bind(filter.need)}`);
    if (filter.reference) where.push(`c.case_reference ILIKE ${bind(`%${filter.reference}%`)}`);
    if (filter.overdue) where.push(`${NEXT_DUE_SQL} < ${todaySql()}`);
    if (filter.dueThisWeek)
      where.push(`${NEXT_DUE_SQL} BETWEEN ${todaySql()} AND ${todaySql()} + ${DUE_SOON_WITHIN_DAYS}`);

    const whereParameters = parameters.slice();
    const order = {
      // Open requests first, the most overdue at the top; a Family Link Officer's own cases before others'.
      urgency: () =>
        `(c.family_link_officer_id IS NOT DISTINCT FROM ${me()}) DESC, ${NEXT_DUE_SQL} ASC NULLS LAST, c.vulnerability_score DESC, c.case_reference`,
      received: () => 'lr.received_on DESC NULLS LAST, c.case_reference',
      reference: () => 'c.case_reference',
    }[filter.sort]();

    const from = `FROM children c
         JOIN localities l ON l.id = c.locality_id
         LEFT JOIN users u ON u.id = c.family_link_officer_id
         LEFT JOIN lr ON lr.child_id = c.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [rows, [counted]] = await Promise.all([
      this.db.query<CaseSummaryRow[]>(
        `WITH lr AS (${LATEST_REQUESTS})
         SELECT c.id, c.case_reference, ${reader.personal ? PERSONAL_COLUMNS : HIDDEN_PERSONAL_COLUMNS},
                c.year_group, c.setting_name, l.code AS locality_code, l.name AS locality_name,
                u.id AS flo_id, u.display_name AS flo_name, c.primary_need, c.vulnerability_markers, c.vulnerability_score,
                lr.id AS request_id, lr.stage, lr.received_on, lr.source
         ${from}
         ORDER BY ${order}
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
        parameters,
      ),
      this.db.query<{ total: number }[]>(
        `WITH lr AS (${LATEST_REQUESTS}) SELECT count(*)::int AS total ${from}`,
        whereParameters,
      ),
    ]);
    return { rows, total: counted!.total };
  }

  /** The child's case, without its requests. */
  async child(childId: string, personal: boolean): Promise<CaseSummaryRow | undefined> {
    const [child] = await this.db.query<CaseSummaryRow[]>(
      `SELECT c.id, c.case_reference, ${personal ? PERSONAL_COLUMNS : HIDDEN_PERSONAL_COLUMNS},
              c.year_group, c.setting_name, l.code AS locality_code, l.name AS locality_name,
              u.id AS flo_id, u.display_name AS flo_name, c.primary_need, c.vulnerability_markers, c.vulnerability_score
         FROM children c JOIN localities l ON l.id = c.locality_id LEFT JOIN users u ON u.id = c.family_link_officer_id
        WHERE c.id = $1`,
      [childId],
    );
    return child;
  }

  /** Whether the child is within the scope (and exists). */
  async isInScope(childId: string, scope: CaseScope): Promise<boolean> {
    const condition = scopeCondition(scope, 2);
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM children c WHERE c.id = $1 ${condition ? `AND ${condition.sql}` : ''}`,
      [childId, ...(condition?.parameters ?? [])],
    );
    return rows.length > 0;
  }

  /** Its id; undefined when the case reference is taken. */
  async createChild(caseReference: string, child: ChildDetails): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, setting_name, locality_id,
                               family_link_officer_id, primary_need, vulnerability_markers, vulnerability_score)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (case_reference) DO NOTHING RETURNING id`,
      [caseReference, ...childValues(child)],
    );
    return row?.id;
  }

  async updateChild(childId: string, child: ChildDetails): Promise<void> {
    await this.db.query(
      `UPDATE children SET given_name = $2, family_name = $3, date_of_birth = $4, year_group = $5, setting_name = $6, locality_id = $7,
                             family_link_officer_id = $8, primary_need = $9, vulnerability_markers = $10, vulnerability_score = $11
          WHERE id = $1`,
      [childId, ...childValues(child)],
    );
  }

  /** The highest number given after the prefix (0: none yet), locked for the transaction so two cases cannot share one. */
  async lastReferenceNumber(prefix: string): Promise<number> {
    await this.db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [prefix]);
    const [row] = await this.db.query<{ last: number }[]>(
      `SELECT coalesce(max(substring(case_reference from '\\d+$')::int), 0) AS last FROM children WHERE case_reference LIKE $1 || '%'`,
      [prefix],
    );
    return row!.last;
  }

  async byReference(
    caseReference: string,
  ): Promise<{ id: string; family_link_officer_id: string | null } | undefined> {
    const [child] = await this.db.query<{ id: string; family_link_officer_id: string | null }[]>(
      `SELECT id, family_link_officer_id FROM children WHERE case_reference = $1`,
      [caseReference],
    );
    return child;
  }

  /** A request for assessment: its stage and the day it was received. */
  async request(requestId: string): Promise<{ id: string; stage: string; received_on: string } | undefined> {
    const [request] = await this.db.query<{ id: string; stage: string; received_on: string }[]>(
      `SELECT id, stage, received_on FROM ehc_requests WHERE id = $1`,
      [requestId],
    );
    return request;
  }

  /** Whether an item of this kind is decided on a request for assessment (otherwise on a panel request). */
  static decidesOnRequest(kind: AgendaItemKind): boolean {
    return AWAITING_REQUEST[kind] !== undefined;
  }

  /** The child's latest request for assessment at the stage an item of this kind decides on. */
  /** For an advice triage, `adviceKind` says whose gateway: the request must have that advice awaiting triage. */
  async latestRequestAwaiting(
    childId: string,
    kind: AgendaItemKind,
    adviceKind?: AdviceKind,
  ): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM ehc_requests WHERE child_id = $1 AND ${AWAITING_REQUEST[kind]} ORDER BY received_on DESC LIMIT 1`,
      kind === 'advice_triage' ? [childId, adviceKind ?? 'health'] : [childId],
    );
    return row?.id;
  }
}
