import { Injectable } from '@nestjs/common';
import type { CaseDetail, CaseRequestDetail, CaseSummary, Page } from '@convene/contracts';
import { clockBadge } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { CaseAccessService, CaseNotFoundError } from './case-access.service.js';
import type { ListCasesQuery } from './dto/list-cases.query.js';
import { toCaseRequestDetail } from './case-request.mapper.js';
import { CasesRepository, type CaseSummaryRow } from './cases.repository.js';
import { EhcRequestsRepository } from './ehc-requests.repository.js';

/** The caseload and the case page: one place that reads children's cases for every panel. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  async list(user: SessionUser, query: ListCasesQuery): Promise<Page<CaseSummary>> {
    const today = todayInEngland();
    const reader = {
      userId: user.id,
      scope: this.access.scopeOf(user),
      personal: this.access.seesPersonalFields(user),
    };
    const { rows, total } = await new CasesRepository(this.dataSource.manager).list(reader, query, today);
    return {
      items: rows.map((row) => toSummary(row, today)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async detail(user: SessionUser, childId: string): Promise<CaseDetail> {
    await this.access.assertCanSee(user, childId);
    const today = todayInEngland();
    const child = await new CasesRepository(this.dataSource.manager).child(
      childId,
      this.access.seesPersonalFields(user),
    );
    if (!child) throw new CaseNotFoundError();
    const rows = await new EhcRequestsRepository(this.dataSource.manager).ofChild(childId);
    const requests: CaseRequestDetail[] = rows.requests.map((request) =>
      toCaseRequestDetail(request, rows, today),
    );
    const { request: _request, clock: _clock, ...summary } = toSummary(child, today);
    return { ...summary, requests };
  }
}

function toSummary(row: CaseSummaryRow, today: string): CaseSummary {
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
    request: row.request_id
      ? { id: row.request_id, stage: row.stage!, receivedOn: row.received_on!, source: row.source! }
      : null,
    clock: row.request_id ? clockBadge(row.stage!, row.received_on!, today) : null,
  };
}
