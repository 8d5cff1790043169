import { Module } from '@nestjs/common';
import { CaseEvidenceController } from './case-evidence.controller.js';
import { EvidenceContentController } from './evidence-content.controller.js';
import { EvidenceService } from './evidence.service.js';

/** Evidence documents in a child's case. CaseAccessService and AuditService come from global modules. */
@Module({
  controllers: [CaseEvidenceController, EvidenceContentController],
  providers: [EvidenceService],
  exports: [EvidenceService],
})
export class EvidenceModule {}
