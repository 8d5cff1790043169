import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';
import { AnnualReviewsDashboardController } from './annual-reviews-dashboard.controller.js';
import { AnnualReviewsDashboardService } from './annual-reviews-dashboard.service.js';
import { DashboardFiguresController } from './dashboard-figures.controller.js';
import { DecisionsDashboardService } from './decisions-dashboard.service.js';
import { DisagreementIndicatorsController } from './disagreement-indicators.controller.js';
import { DisagreementIndicatorsService } from './disagreement-indicators.service.js';
import { FamilyFeedbackIndicatorController } from './family-feedback-indicator.controller.js';
import { FamilyFeedbackIndicatorService } from './family-feedback-indicator.service.js';
import { FigureCasesService } from './figure-cases.service.js';
import { QualityDashboardService } from './quality-dashboard.service.js';
import { StatutoryTargetsController } from './statutory-targets.controller.js';
import { StatutoryTargetsService } from './statutory-targets.service.js';
import { OverdueActionsController } from './overdue-actions.controller.js';
import { OverdueActionsService } from './overdue-actions.service.js';
import { LeadershipPackFiguresService } from './leadership-packs/leadership-pack-figures.service.js';
import { LeadershipPacksController } from './leadership-packs/leadership-packs.controller.js';
import { LeadershipPacksService } from './leadership-packs/leadership-packs.service.js';
import { DecisionMakingModule } from '../panels/decision-making/decision-making.module.js';

/** The service dashboard: the council's own indicators, from the records. */
@Module({
  imports: [DecisionMakingModule],
  controllers: [
    DashboardController,
    DashboardFiguresController,
    AnnualReviewsDashboardController,
    StatutoryTargetsController,
    OverdueActionsController,
    DisagreementIndicatorsController,
    FamilyFeedbackIndicatorController,
    LeadershipPacksController,
  ],
  providers: [
    DashboardService,
    DecisionsDashboardService,
    QualityDashboardService,
    FigureCasesService,
    AnnualReviewsDashboardService,
    StatutoryTargetsService,
    OverdueActionsService,
    DisagreementIndicatorsService,
    FamilyFeedbackIndicatorService,
    LeadershipPackFiguresService,
    LeadershipPacksService,
  ],
})
export class DashboardModule {}
