import { Injectable } from '@nestjs/common';
import type { EvidenceItemSummary } from '@convene/contracts';
import type { EvidenceKind } from '@convene/domain';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { ValidationFailedException } from '../../common/validation.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseAccessService, CaseNotFoundError } from '../case-access.service.js';
import { UnknownReferenceError } from '../cases.errors.js';
import { detectEvidenceType, evidenceFileType, type EvidenceFileType } from './evidence-file-type.js';
import { downloadFileName, sanitiseFileName } from './evidence-file-name.js';
import { EvidenceNotFoundError } from './evidence.errors.js';
import { toEvidenceItemSummary } from './evidence-item.mapper.js';
import type { UploadedEvidenceFile } from './uploaded-evidence-file.js';
import { EhcRequestsRepository } from '../ehc-requests.repository.js';
import { EvidenceRepository } from './evidence.repository.js';

/** A document's file, ready to send. */
export interface EvidenceContent {
  content: Buffer;
  mediaType: string;
  fileName: string;
  disposition: 'inline' | 'attachment';
}

/** What is filed with a file: its kind and title, and the request or the disagreement it belongs to. */
export interface EvidenceFields {
  kind: EvidenceKind;
  title: string;
  requestId?: string;
  /** Checked to be on the child's case by the caller (DisagreementDocumentsService). */
  disagreementId?: string;
}

/** The documents in a child's case: listed, added and read, each behind the case's access rules. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, childId: string): Promise<EvidenceItemSummary[]> {
    await this.caseAccess.assertCanSee(user, childId);
    const rows = await new EvidenceRepository(this.dataSource.manager).ofChild(childId);
    return rows.map(toEvidenceItemSummary);
  }

  /**
   * Stores a document in the child's evidence, for a member of staff who may see the case. `alsoRecord` runs in the
   * same transaction with the new item's id (a returned advice is marked returned with it): both are written, or
   * neither.
   */
  async upload(
    user: SessionUser,
    childId: string,
    fields: EvidenceFields,
    file: UploadedEvidenceFile | undefined,
    alsoRecord?: (manager: EntityManager, evidenceId: string) => Promise<void>,
  ): Promise<EvidenceItemSummary> {
    await this.caseAccess.assertCanSee(user, childId);
    return this.store(user, childId, fields, file, { alsoRecord });
  }

  /**
   * The one path every document takes into a case, whoever sends it: the file's checks (present, not empty, a type
   * read from its content), its name made safe, and the item stored with its audit record. The caller has already
   * decided that `user` may add to this child's case: staff by the case's access rules (`upload`), a family by
   * their link to the child.
   */
  async store(
    user: SessionUser,
    childId: string,
    fields: EvidenceFields,
    file: UploadedEvidenceFile | undefined,
    options: {
      alsoRecord?: (manager: EntityManager, evidenceId: string) => Promise<void>;
      /** The audit trail's action: `evidence.uploaded` unless the sender's route names its own. */
      auditAction?: string;
      /** Sent by the child's family: their relationship to the child. */
      familyRelationship?: string;
    } = {},
  ): Promise<EvidenceItemSummary> {
    if (!file)
      throw new ValidationFailedException([
        { field: 'file', messages: ['Choose a file to upload, sent in the field named file.'] },
      ]);
    if (file.size === 0)
      throw new ValidationFailedException([{ field: 'file', messages: ['The file is empty.'] }]);
    const type = await detectEvidenceType(file.buffer);
    const fileName = sanitiseFileName(file.originalname) || `evidence.${type.extensions[0]}`;
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');

    return this.dataSource.transaction(async (manager) => {
      if (fields.requestId) {
        if (!(await new EhcRequestsRepository(manager).isOfChild(fields.requestId, childId)))
          throw new UnknownReferenceError(
            'requestId',
            "That is not one of this child's requests for assessment.",
          );
      }
      const row = await new EvidenceRepository(manager).store({
        childId,
        requestId: fields.requestId ?? null,
        disagreementId: fields.disagreementId ?? null,
        kind: fields.kind,
        title: fields.title,
        fileName,
        mediaType: type.mediaType,
        sizeBytes: file.size,
        sha256,
        content: file.buffer,
        uploadedBy: user.id,
      });
      // Neither the title nor the file name: either may well carry the child's name.
      await this.audit.record(manager, {
        actorId: user.id,
        action: options.auditAction ?? 'evidence.uploaded',
        entityType: 'evidence_item',
        entityId: row.id,
        after: {
          childId,
          requestId: fields.requestId ?? null,
          ...(fields.disagreementId ? { disagreementId: fields.disagreementId } : {}),
          kind: fields.kind,
          mediaType: type.mediaType,
          sizeBytes: file.size,
          sha256,
        },
      });
      await options.alsoRecord?.(manager, row.id);
      return toEvidenceItemSummary({
        id: row.id,
        child_id: childId,
        request_id: fields.requestId ?? null,
        disagreement_id: fields.disagreementId ?? null,
        kind: fields.kind,
        title: fields.title,
        file_name: fileName,
        media_type: type.mediaType,
        size_bytes: file.size,
        sha256,
        uploaded_at: row.uploaded_at,
        uploader_id: user.id,
        uploader_name: user.displayName,
        family_relationship: options.familyRelationship ?? null,
      });
    });
  }

  /** The file, for those who may see the case; each read is in the audit trail (who read which document). */
  async content(user: SessionUser, evidenceId: string): Promise<EvidenceContent> {
    const evidence = new EvidenceRepository(this.dataSource.manager);
    const place = await evidence.placeOf(evidenceId);
    if (!place) throw new EvidenceNotFoundError();
    try {
      await this.caseAccess.assertCanSee(user, place.child_id);
    } catch (error) {
      throw error instanceof CaseNotFoundError ? new EvidenceNotFoundError() : error;
    }
    const file = await evidence.file(evidenceId);
    await this.audit.record(this.dataSource.manager, {
      actorId: user.id,
      action: 'evidence.downloaded',
      entityType: 'evidence_item',
      entityId: evidenceId,
      after: { childId: place.child_id, disagreementId: place.disagreement_id },
    });
    const type: EvidenceFileType | null = evidenceFileType(file.media_type);
    return {
      content: file.content,
      // A type no longer accepted is sent as bytes to save, never for the browser to render.
      mediaType: type?.mediaType ?? 'application/octet-stream',
      fileName: downloadFileName(file.file_name, type),
      disposition: type?.disposition ?? 'attachment',
    };
  }
}
