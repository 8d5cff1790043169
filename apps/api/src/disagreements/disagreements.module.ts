import { Module } from '@nestjs/common';
import { DisagreementsController } from './disagreements.controller.js';
import { DisagreementsService } from './disagreements.service.js';

/** The register of complaints, mediation and appeals on children's cases. */
@Module({
  controllers: [DisagreementsController],
  providers: [DisagreementsService],
})
export class DisagreementsModule {}
