import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { DecisionOutcomes } from './decision-outcomes.js';
import { DecisionMakingPanel } from './decision-making.panel.js';
import { DecisionMakingController } from './decision-making.controller.js';
import { LeadershipReportService } from './leadership-report.service.js';
import { PanelRequestOutcomes } from './panel-requests/panel-request-outcomes.js';
import { PanelRequestsController } from './panel-requests/panel-requests.controller.js';
import { PanelRequestsService } from './panel-requests/panel-requests.service.js';
import { OutcomeLettersService } from './outcome-letters.service.js';
import { ScheduleMeetingService } from './schedule-meeting.service.js';
import { ThresholdCriteriaController } from './threshold-criteria.controller.js';
import { ThresholdCriteriaService } from './threshold-criteria.service.js';

/** The Decision-Making Group: what is particular to it, on top of the shared meeting engine. */
@Module({
  imports: [MeetingsModule],
  controllers: [DecisionMakingController, ThresholdCriteriaController, PanelRequestsController],
  providers: [
    DecisionMakingPanel,
    DecisionOutcomes,
    OutcomeLettersService,
    ScheduleMeetingService,
    ThresholdCriteriaService,
    LeadershipReportService,
    PanelRequestsService,
    PanelRequestOutcomes,
  ],
  // The service dashboard shows the leadership report for a month and the 12 months to it.
  exports: [LeadershipReportService],
})
export class DecisionMakingModule {}
