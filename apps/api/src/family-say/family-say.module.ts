import { Module } from '@nestjs/common';
import { EvidenceModule } from '../cases/evidence/evidence.module.js';
import { FamilyFeedbackController } from './family-feedback.controller.js';
import { FamilyFeedbackService } from './family-feedback.service.js';
import { FamilyViewsController } from './family-views.controller.js';
import { FamilyViewsService } from './family-views.service.js';
import { FamilyYouSaidWeDidController } from './family-you-said-we-did.controller.js';
import { YouSaidWeDidController } from './you-said-we-did.controller.js';
import { YouSaidWeDidService } from './you-said-we-did.service.js';

/**
 * The family's say (issue #30, part 3): their views and their child's own into the case, feedback on how the
 * process went, and "You said, we did". The leadership indicator is the dashboard's (FamilyFeedbackIndicator).
 */
@Module({
  imports: [EvidenceModule],
  controllers: [
    FamilyViewsController,
    FamilyFeedbackController,
    FamilyYouSaidWeDidController,
    YouSaidWeDidController,
  ],
  providers: [FamilyViewsService, FamilyFeedbackService, YouSaidWeDidService],
})
export class FamilySayModule {}
