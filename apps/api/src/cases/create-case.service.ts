import { Injectable } from '@nestjs/common';
import { vulnerabilityScore } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { CaseReferenceTakenError, PathRuleError, UnknownReferenceError } from './cases.errors.js';
import type { CreateCaseDto } from './dto/create-case.dto.js';

/** Opens a child's case with the request for assessment that starts the 20-week clock. */
@Injectable()
export class CreateCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(user: SessionUser, body: CreateCaseDto): Promise<string> {
    const today = todayInEngland();
    if (body.request.receivedOn > today) throw new PathRuleError('request.receivedOn', 'A request cannot be received on a day that has not come yet.');
    if (body.dateOfBirth > today) throw new PathRuleError('dateOfBirth', 'The date of birth cannot be in the future.');

    return this.dataSource.transaction(async (manager) => {
      const [locality] = await manager.query(`SELECT id FROM localities WHERE code = $1`, [body.localityCode]);
      if (!locality) throw new UnknownReferenceError('localityCode', `There is no locality with the code ${body.localityCode}.`);
      if (body.familyLinkOfficerId) {
        const flo = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND active AND 'presenter' = ANY(roles)`, [body.familyLinkOfficerId]);
        if (flo.length === 0) throw new UnknownReferenceError('familyLinkOfficerId', 'That person is not an active Family Link Officer.');
      }
      const reference = body.caseReference ?? (await this.nextReference(manager, body.request.receivedOn));
      const [child] = await manager.query(
        `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, setting_name, locality_id,
                               family_link_officer_id, primary_need, vulnerability_markers, vulnerability_score)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (case_reference) DO NOTHING RETURNING id`,
        [
          reference,
          body.givenName.trim(),
          body.familyName.trim(),
          body.dateOfBirth,
          body.yearGroup,
          body.settingName?.trim() || null,
          locality.id,
          body.familyLinkOfficerId ?? (user.roles.includes('presenter') ? user.id : null),
          body.primaryNeed,
          body.vulnerabilityMarkers,
          vulnerabilityScore(body.vulnerabilityMarkers),
        ],
      );
      if (!child) throw new CaseReferenceTakenError(reference);
      const [request] = await manager.query(
        `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, $2, $3, 'received') RETURNING id`,
        [child.id, body.request.receivedOn, body.request.source],
      );
      await manager.query(`INSERT INTO request_events (request_id, stage, occurred_on, recorded_by) VALUES ($1, 'received', $2, $3)`, [
        request.id,
        body.request.receivedOn,
        user.id,
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'case.created',
        entityType: 'child',
        entityId: child.id,
        after: { caseReference: reference, requestId: request.id, receivedOn: body.request.receivedOn, source: body.request.source },
      });
      return child.id as string;
    });
  }

  /** EHC-YY-NNNN, numbered within the year the request was received. */
  private async nextReference(manager: EntityManager, receivedOn: string): Promise<string> {
    const prefix = `EHC-${receivedOn.slice(2, 4)}-`;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [prefix]);
    const [{ last }] = await manager.query(
      `SELECT coalesce(max(substring(case_reference from '\\d+$')::int), 0) AS last FROM children WHERE case_reference LIKE $1 || '%'`,
      [prefix],
    );
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }
}
