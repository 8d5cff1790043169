import { Module } from '@nestjs/common';
import { EvidenceModule } from '../../cases/evidence/evidence.module.js';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { HealthAdviceService } from './health-advice.service.js';
import { HealthGatewayController } from './health-gateway.controller.js';
import { HealthGatewayFiguresService } from './health-gateway-figures.service.js';
import { HealthGatewayPanel } from './health-gateway.panel.js';

/** The Health Gateway between meetings: the DCO's tracker, the teams' queues and the figures. Triage itself is live: its commands are registered with the meeting engine. */
@Module({
  imports: [EvidenceModule, MeetingsModule],
  controllers: [HealthGatewayController],
  providers: [HealthGatewayPanel, HealthAdviceService, HealthGatewayFiguresService],
})
export class HealthGatewayModule {}
