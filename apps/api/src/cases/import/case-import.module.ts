import { Module } from '@nestjs/common';
import { CaseImportController } from './case-import.controller.js';
import { CaseImportService } from './case-import.service.js';
import { ImportedCaseWriter } from './imported-case.writer.js';

/** Bulk import of existing cases from the case-management system's CSV export: POST /api/cases/import. */
@Module({
  controllers: [CaseImportController],
  providers: [CaseImportService, ImportedCaseWriter],
})
export class CaseImportModule {}
