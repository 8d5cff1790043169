import { Injectable } from '@nestjs/common';
import type { FamilyViewsSent } from '@convene/contracts';
import { FAMILY_VIEWS_TITLES, type FamilyViewsKind } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { EvidenceService } from '../cases/evidence/evidence.service.js';
import type { UploadedEvidenceFile } from '../cases/evidence/uploaded-evidence-file.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import {
  FamilySayLinksRepository,
  type FamilySayLink,
  type FamilyViewsRow,
} from './family-say-links.repository.js';
import { FamilyChildNotFoundError } from './family-say.errors.js';

/**
 * A family's views and their child's own ("All about me"), sent by the family into the child's case: the same file
 * checks and the same evidence the panel weighs as a document staff add, marked as sent by the family.
 */
@Injectable()
export class FamilyViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
  ) {}

  async send(
    user: SessionUser,
    childId: string,
    kind: FamilyViewsKind,
    file: UploadedEvidenceFile | undefined,
  ): Promise<FamilyViewsSent> {
    const link = await this.linkTo(user, childId);
    const item = await this.evidence.store(user, childId, { kind, title: FAMILY_VIEWS_TITLES[kind] }, file, {
      auditAction: 'family.views_uploaded',
      familyRelationship: link.relationship,
    });
    return {
      id: item.id,
      kind,
      fileName: item.fileName,
      sizeBytes: item.sizeBytes,
      sentOn: todayInEngland(new Date(item.uploadedAt)),
      yours: true,
      sentBy: link.relationship,
    };
  }

  /** What the family sent, read in the audit trail like every other reading of the child's case by a family. */
  async list(user: SessionUser, childId: string): Promise<FamilyViewsSent[]> {
    return this.dataSource.transaction(async (manager) => {
      const link = await this.linkTo(user, childId, manager);
      const rows = await new FamilySayLinksRepository(manager).sentFor(
        childId,
        user.id,
        link.contactRestricted,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.views_listed',
        entityType: 'child',
        entityId: childId,
      });
      return rows.map(viewsSent);
    });
  }

  private async linkTo(
    user: SessionUser,
    childId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FamilySayLink> {
    const link = await new FamilySayLinksRepository(manager).liveLink(user.id, childId);
    if (!link) throw new FamilyChildNotFoundError();
    return link;
  }
}

function viewsSent(row: FamilyViewsRow): FamilyViewsSent {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sentOn: todayInEngland(row.uploaded_at),
    yours: row.yours,
    sentBy: row.relationship,
  };
}
