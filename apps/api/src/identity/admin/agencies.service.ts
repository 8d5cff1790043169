import { Injectable } from '@nestjs/common';
import type { AgencyView } from '@convene/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError, FieldDomainError } from '../../common/domain-error.js';
import { NothingToChangeError } from '../../common/nothing-to-change.error.js';
import { retirementAction } from '../../common/retirement-action.js';
import { AgenciesRepository } from '../agencies.repository.js';
import type { SessionUser } from '../session-user.js';
import type { ChangeAgencyDto, CreateAgencyDto } from './agency-changes.dto.js';

class AgencyCodeTakenError extends FieldDomainError {
  readonly code = 'agency_code_taken';
  readonly status = 409;
  constructor() {
    super('code', 'An agency already has that code.');
  }
}
class AgencyNotFoundError extends DomainError {
  readonly code = 'agency_not_found';
  readonly status = 404;
  constructor() {
    super('There is no agency with that id.');
  }
}
class AgencyInUseError extends DomainError {
  readonly code = 'agency_in_use';
  readonly status = 409;
  constructor() {
    super(
      'People or health advice belong to this agency: retire it instead, so it is not offered for new users.',
    );
  }
}

/**
 * The agencies and teams people belong to (the SEND service, each health team, social care…), for the service
 * administrator: added, renamed, retired (its people keep it; no new users join it) or, while nobody and no
 * advice names it, deleted. Every change is one audit record.
 */
@Injectable()
export class AgenciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<AgencyView[]> {
    return new AgenciesRepository(this.dataSource.manager).all();
  }

  create(admin: SessionUser, body: CreateAgencyDto): Promise<AgencyView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await new AgenciesRepository(manager).create(body.code, body.name.trim(), body.kind);
      if (!row) throw new AgencyCodeTakenError();
      await this.record(manager, admin, 'agency.created', row.id, null, row);
      return row;
    });
  }

  change(admin: SessionUser, id: string, body: ChangeAgencyDto): Promise<AgencyView> {
    if (body.name === undefined && body.retired === undefined)
      throw new NothingToChangeError('Say what to change: the name or retired.');
    return this.dataSource.transaction(async (manager) => {
      const agencies = new AgenciesRepository(manager);
      const before = await agencies.lock(id);
      if (!before) throw new AgencyNotFoundError();
      if (body.name !== undefined) await agencies.rename(id, body.name.trim());
      if (body.retired !== undefined) await agencies.setRetired(id, body.retired);
      const after = (await agencies.one(id))!;
      const action = retirementAction('agency', body.retired, before.retired);
      await this.record(manager, admin, action, id, before, after);
      return after;
    });
  }

  /** Only an agency nobody and no advice ever named: one in use is retired instead. */
  remove(admin: SessionUser, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const agencies = new AgenciesRepository(manager);
      const before = await agencies.lock(id);
      if (!before) throw new AgencyNotFoundError();
      if ((await agencies.uses(id)) > 0) throw new AgencyInUseError();
      await agencies.delete(id);
      await this.record(manager, admin, 'agency.deleted', id, before, null);
    });
  }

  private record(
    manager: EntityManager,
    admin: SessionUser,
    action: string,
    id: string,
    before: AgencyView | null,
    after: AgencyView | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: admin.id,
      action,
      entityType: 'agency',
      entityId: id,
      before: before && { ...before },
      after: after && { ...after },
    });
  }
}
