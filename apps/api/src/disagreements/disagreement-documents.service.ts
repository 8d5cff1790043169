import { Injectable } from '@nestjs/common';
import type { EvidenceItemSummary, UploadDisagreementDocumentRequest } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service.js';
import { EvidenceService } from '../cases/evidence/evidence.service.js';
import type { UploadedEvidenceFile } from '../cases/evidence/uploaded-evidence-file.js';
import type { SessionUser } from '../identity/session-user.js';
import { DisagreementNotFoundError } from './disagreements.errors.js';
import { DisagreementsRepository } from './disagreements.repository.js';

/**
 * The papers of a disagreement — the family's letters, the mediation certificate, the Tribunal's notice, the
 * council's response, the decision or order — filed through the case's one evidence pipeline: the same type and
 * name checks, the same storage, the same audited upload and download.
 */
@Injectable()
export class DisagreementDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly evidence: EvidenceService,
  ) {}

  async upload(
    user: SessionUser,
    childId: string,
    disagreementId: string,
    fields: UploadDisagreementDocumentRequest,
    file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceItemSummary> {
    await this.access.assertCanSee(user, childId);
    // A disagreement is never deleted, so it is still on the case when the document is stored.
    const disagreement = await new DisagreementsRepository(this.dataSource.manager).find(disagreementId);
    if (disagreement?.child_id !== childId) throw new DisagreementNotFoundError();
    return this.evidence.upload(
      user,
      childId,
      { kind: fields.kind, title: fields.title, disagreementId },
      file,
    );
  }
}
