import { Module } from '@nestjs/common';
import { EvidenceModule } from '../../cases/evidence/evidence.module.js';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { AdviceGatewayController, AdviceGatewaysController } from './advice-gateway.controller.js';
import { AdviceGatewayPanel } from './advice-gateway.panel.js';
import { GatewayAdviceService } from './gateway-advice.service.js';
import { GatewayFiguresService } from './gateway-figures.service.js';

/**
 * The advice gateways between meetings: each coordinator's tracker, the teams' queues and the figures, for every
 * gateway the council runs. Triage itself is live: its commands are registered with the meeting engine.
 */
@Module({
  imports: [EvidenceModule, MeetingsModule],
  controllers: [AdviceGatewaysController, AdviceGatewayController],
  providers: [AdviceGatewayPanel, GatewayAdviceService, GatewayFiguresService],
})
export class AdviceGatewayModule {}
