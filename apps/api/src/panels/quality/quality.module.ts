import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { DipSamplesService } from './dip-samples.service.js';
import { DipSampleListService } from './dip-sample-list.service.js';
import { DipSampleReviewsController } from './dip-sample-reviews.controller.js';
import { SamplePlanReviewsService } from './sample-plan-reviews.service.js';
import { JointFundingOutcomes } from './joint-funding-outcomes.js';
import { AdviceAuditOutcomes } from './advice-audit-outcomes.js';
import { QualityController } from './quality.controller.js';
import { QualityPanel } from './quality.panel.js';
import { QualityFiguresService } from './quality-figures.service.js';
import { QualityFrameworkService } from './quality-framework.service.js';

/** The Multiagency Quality and Compliance Group between meetings: the framework, dip samples and figures. The group scores its samples live, with commands it registers with the meeting engine; seniors score theirs (tier 2) here, between meetings. */
@Module({
  imports: [MeetingsModule],
  controllers: [QualityController, DipSampleReviewsController],
  providers: [
    QualityPanel,
    QualityFrameworkService,
    DipSamplesService,
    QualityFiguresService,
    JointFundingOutcomes,
    AdviceAuditOutcomes,
    DipSampleListService,
    SamplePlanReviewsService,
  ],
})
export class QualityModule {}
