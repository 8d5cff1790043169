import { Injectable, type OnModuleInit } from '@nestjs/common';
import { definePanel, MeetingEngineRegistry } from '../../meetings/engine/meeting-engine-registry.js';
import { adviceTriagePart } from './advice-triage-view.js';
import { reassignAdvice, respondToTriage, triageAdvice } from './advice-triage.commands.js';
import { ReassignAdviceDto, RespondToTriageDto, TriageAdviceDto } from './dto/advice-triage-commands.dto.js';

/**
 * Every advice gateway's live commands (the Health Gateway's, the Social Care Gateway's…): the coordinator triages a
 * request for advice to the agency's teams, and the teams answer. The meeting's kind says which gateway it is.
 */
export const ADVICE_GATEWAY_PANEL = definePanel('the advice gateways', {
  commands: {
    'advice.triage': { dto: TriageAdviceDto, handler: triageAdvice },
    'advice.respond': { dto: RespondToTriageDto, handler: respondToTriage },
    'advice.reassign': { dto: ReassignAdviceDto, handler: reassignAdvice },
  },
  snapshotParts: { advice: adviceTriagePart },
});

/** What the advice gateways add to the meeting engine. */
@Injectable()
export class AdviceGatewayPanel implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}

  onModuleInit(): void {
    this.engine.register(ADVICE_GATEWAY_PANEL);
  }
}
