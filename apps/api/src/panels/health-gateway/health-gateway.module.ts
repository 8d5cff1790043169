import { Module } from '@nestjs/common';
import { EvidenceModule } from '../../cases/evidence/evidence.module.js';
import { HealthAdviceService } from './health-advice.service.js';
import { HealthGatewayController } from './health-gateway.controller.js';
import { HealthGatewayFiguresService } from './health-gateway-figures.service.js';

/** The Health Gateway between meetings: the DCO's tracker, the teams' queues and the figures. Triage itself is live, in the meeting engine. */
@Module({
  imports: [EvidenceModule],
  controllers: [HealthGatewayController],
  providers: [HealthAdviceService, HealthGatewayFiguresService],
})
export class HealthGatewayModule {}
