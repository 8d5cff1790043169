import { Injectable, type OnModuleInit } from '@nestjs/common';
import { definePanel, MeetingEngineRegistry } from '../../meetings/engine/meeting-engine-registry.js';
import { adviceTriagePart } from './advice-triage-view.js';
import { reassignAdvice, respondToTriage, triageAdvice } from './advice-triage.commands.js';
import { ReassignAdviceDto, RespondToTriageDto, TriageAdviceDto } from './dto/advice-triage-commands.dto.js';

/** The Health Gateway's live commands: the group triages a request for health advice, and the teams answer. */
export const HEALTH_GATEWAY_PANEL = definePanel('the Health Gateway', {
  commands: {
    'advice.triage': { dto: TriageAdviceDto, handler: triageAdvice },
    'advice.respond': { dto: RespondToTriageDto, handler: respondToTriage },
    'advice.reassign': { dto: ReassignAdviceDto, handler: reassignAdvice },
  },
  snapshotParts: { advice: adviceTriagePart },
});

/** What the Health Gateway adds to the meeting engine. */
@Injectable()
export class HealthGatewayPanel implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}

  onModuleInit(): void {
    this.engine.register(HEALTH_GATEWAY_PANEL);
  }
}
