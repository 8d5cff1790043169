import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { CaseReferenceTakenError, PathRuleError, UnknownReferenceError } from './cases.errors.js';
import type { CreateCaseDto } from './dto/create-case.dto.js';
import { UsersRepository } from '../identity/users.repository.js';
import { CasesRepository } from './cases.repository.js';
import { EhcRequestsRepository } from './ehc-requests.repository.js';
import { LocalitiesRepository } from './localities/localities.repository.js';

/** Opens a child's case with the request for assessment that starts the 20-week clock. */
@Injectable()
export class CreateCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(user: SessionUser, body: CreateCaseDto): Promise<string> {
    const today = todayInEngland();
    if (body.request.receivedOn > today)
      throw new PathRuleError(
        'request.receivedOn',
        'A request cannot be received on a day that has not come yet.',
      );
    if (body.dateOfBirth > today)
      throw new PathRuleError('dateOfBirth', 'The date of birth cannot be in the future.');

    return this.dataSource.transaction(async (manager) => {
      const localityId = await new LocalitiesRepository(manager).idOf(body.localityCode);
      if (!localityId)
        throw new UnknownReferenceError(
          'localityCode',
          `There is no locality in use with the code ${body.localityCode} (a retired locality takes no new cases).`,
        );
      if (
        body.familyLinkOfficerId &&
        !(await new UsersRepository(manager).isActiveFamilyLinkOfficer(body.familyLinkOfficerId))
      ) {
        throw new UnknownReferenceError(
          'familyLinkOfficerId',
          'That person is not an active Family Link Officer.',
        );
      }
      const cases = new CasesRepository(manager);
      const reference = body.caseReference ?? (await this.nextReference(cases, body.request.receivedOn));
      const childId = await cases.createChild(reference, {
        givenName: body.givenName.trim(),
        familyName: body.familyName.trim(),
        dateOfBirth: body.dateOfBirth,
        yearGroup: body.yearGroup,
        settingName: body.settingName?.trim() || null,
        localityId,
        familyLinkOfficerId: body.familyLinkOfficerId ?? (user.roles.includes('presenter') ? user.id : null),
        primaryNeed: body.primaryNeed,
        vulnerabilityMarkers: body.vulnerabilityMarkers,
      });
      if (!childId) throw new CaseReferenceTakenError(reference);
      const requestId = await new EhcRequestsRepository(manager).open(
        childId,
        body.request.receivedOn,
        body.request.source,
        user.id,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'case.created',
        entityType: 'child',
        entityId: childId,
        after: {
          caseReference: reference,
          requestId,
          receivedOn: body.request.receivedOn,
          source: body.request.source,
        },
      });
      return childId;
    });
  }

  /** EHC-YY-NNNN, numbered within the year the request was received. */
  private async nextReference(cases: CasesRepository, receivedOn: string): Promise<string> {
    const prefix = `EHC-${receivedOn.slice(2, 4)}-`;
    const last = await cases.lastReferenceNumber(prefix);
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }
}
