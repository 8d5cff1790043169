import { Module } from '@nestjs/common';
import { EvidenceModule } from '../cases/evidence/evidence.module.js';
import { DisagreementDocumentsController } from './disagreement-documents.controller.js';
import { DisagreementDocumentsService } from './disagreement-documents.service.js';
import { DisagreementsController } from './disagreements.controller.js';
import { DisagreementsService } from './disagreements.service.js';

/** The register of complaints, mediation and appeals on children's cases, with their papers. */
@Module({
  imports: [EvidenceModule],
  controllers: [DisagreementsController, DisagreementDocumentsController],
  providers: [DisagreementsService, DisagreementDocumentsService],
})
export class DisagreementsModule {}
