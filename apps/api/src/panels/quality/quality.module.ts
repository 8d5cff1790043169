import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { DipSamplesService } from './dip-samples.service.js';
import { JointFundingOutcomes } from './joint-funding-outcomes.js';
import { AdviceAuditOutcomes } from './advice-audit-outcomes.js';
import { QualityController } from './quality.controller.js';
import { QualityFiguresService } from './quality-figures.service.js';
import { QualityFrameworkService } from './quality-framework.service.js';

/** The Multiagency Quality and Compliance Group between meetings: the framework, dip samples and figures. Scoring is live, in the meeting engine. */
@Module({ imports: [MeetingsModule], controllers: [QualityController], providers: [QualityFrameworkService, DipSamplesService, QualityFiguresService, JointFundingOutcomes, AdviceAuditOutcomes] })
export class QualityModule {}
