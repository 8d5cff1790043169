import { Injectable } from '@nestjs/common';
import type { ManagedLocality } from '@convene/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { NothingToChangeError } from '../../common/nothing-to-change.error.js';
import { retirementAction } from '../../common/retirement-action.js';
import type { SessionUser } from '../../identity/session-user.js';
import { UsersRepository } from '../../identity/users.repository.js';
import { LocalitiesRepository } from './localities.repository.js';
import type { AddLocalityDto, ChangeLocalityDto } from './locality-changes.dto.js';
import {
  LocalityCodeTakenError,
  LocalityInUseError,
  LocalityNotFoundError,
  NotFamilyLinkOfficersError,
} from './localities.errors.js';

/**
 * The council's localities, for the service administrator: added, renamed, retired (a locality with children
 * keeps them but takes no new cases) or, while nothing uses it, deleted; each with its Family Link Officers.
 * Every change is one audit record, with the locality before and after.
 */
@Injectable()
export class LocalitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ManagedLocality[]> {
    return new LocalitiesRepository(this.dataSource.manager).managed();
  }

  add(admin: SessionUser, body: AddLocalityDto): Promise<ManagedLocality> {
    return this.dataSource.transaction(async (manager) => {
      const localities = new LocalitiesRepository(manager);
      const officers = body.familyLinkOfficerIds ?? [];
      await assertFamilyLinkOfficers(manager, officers);
      const id = await localities.create(body.code, body.name.trim(), body.isVulnerablePupilsTeam ?? false);
      if (!id) throw new LocalityCodeTakenError();
      if (officers.length) await localities.setFamilyLinkOfficers(id, officers);
      const after = await this.read(localities, id);
      await this.record(manager, admin, 'locality.created', id, null, after);
      return after;
    });
  }

  change(admin: SessionUser, id: string, body: ChangeLocalityDto): Promise<ManagedLocality> {
    if (body.name === undefined && body.retired === undefined && body.familyLinkOfficerIds === undefined)
      throw new NothingToChangeError('Say what to change: the name, retired, or the Family Link Officers.');
    return this.dataSource.transaction(async (manager) => {
      const localities = new LocalitiesRepository(manager);
      if (!(await localities.lock(id))) throw new LocalityNotFoundError();
      const before = await this.read(localities, id);
      if (body.familyLinkOfficerIds) {
        await assertFamilyLinkOfficers(manager, body.familyLinkOfficerIds);
        await localities.setFamilyLinkOfficers(id, body.familyLinkOfficerIds);
      }
      if (body.name !== undefined) await localities.rename(id, body.name.trim());
      if (body.retired !== undefined) await localities.setRetired(id, body.retired);
      const after = await this.read(localities, id);
      const action = retirementAction('locality', body.retired, before.retired);
      await this.record(manager, admin, action, id, before, after);
      return after;
    });
  }

  /** Only a locality no child was ever recorded in: one in use is retired instead. */
  remove(admin: SessionUser, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const localities = new LocalitiesRepository(manager);
      if (!(await localities.lock(id))) throw new LocalityNotFoundError();
      const before = await this.read(localities, id);
      if (before.children > 0) throw new LocalityInUseError(before.children);
      await localities.delete(id);
      await this.record(manager, admin, 'locality.deleted', id, before, null);
    });
  }

  private async read(localities: LocalitiesRepository, id: string): Promise<ManagedLocality> {
    const locality = await localities.managedOne(id);
    if (!locality) throw new LocalityNotFoundError();
    return locality;
  }

  private record(
    manager: EntityManager,
    admin: SessionUser,
    action: string,
    id: string,
    before: ManagedLocality | null,
    after: ManagedLocality | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: admin.id,
      action,
      entityType: 'locality',
      entityId: id,
      before: before && auditable(before),
      after: after && auditable(after),
    });
  }
}

async function assertFamilyLinkOfficers(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const found = await new UsersRepository(manager).activeFamilyLinkOfficersAmong(ids);
  if (found.length !== ids.length) throw new NotFamilyLinkOfficersError();
}

function auditable(locality: ManagedLocality): Record<string, unknown> {
  return {
    code: locality.code,
    name: locality.name,
    isVulnerablePupilsTeam: locality.isVulnerablePupilsTeam,
    retired: locality.retired,
    familyLinkOfficerIds: locality.familyLinkOfficers.map((f) => f.id),
  };
}
