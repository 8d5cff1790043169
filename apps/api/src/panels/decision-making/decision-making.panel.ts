import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PANEL_REQUEST_KINDS } from '@convene/domain';
import {
  definePanel,
  MeetingEngineRegistry,
  type PanelOutcomeEffects,
} from '../../meetings/engine/meeting-engine-registry.js';
import type { OutcomeEffect } from '../../meetings/engine/outcome-effects.js';
import { markCriterion } from './criteria.commands.js';
import { DecisionOutcomes } from './decision-outcomes.js';
import { MarkCriterionDto } from './dto/criteria-commands.dto.js';
import { PanelRequestOutcomes } from './panel-requests/panel-request-outcomes.js';

/** The Decision-Making Group's live commands: the chair marks the council's threshold criteria. */
export const DECISION_MAKING_PANEL = definePanel('the Decision-Making Group', {
  commands: {
    'criteria.mark': { dto: MarkCriterionDto, handler: markCriterion },
  },
});

/** What the Decision-Making Group adds to the meeting engine: its commands, and what its decisions do to cases and requests. */
@Injectable()
export class DecisionMakingPanel implements OnModuleInit {
  constructor(
    private readonly engine: MeetingEngineRegistry,
    private readonly decisions: DecisionOutcomes,
    private readonly panelRequests: PanelRequestOutcomes,
  ) {}

  onModuleInit(): void {
    const settleRequest: PanelOutcomeEffects = Object.fromEntries(
      PANEL_REQUEST_KINDS.map((kind) => [kind, (recorded) => this.panelRequests.settle(recorded)]),
    );
    const moveCase: OutcomeEffect = (recorded) => this.decisions.moveCase(recorded);
    this.engine.register({
      ...DECISION_MAKING_PANEL,
      outcomeEffects: {
        decision_to_assess: moveCase,
        decision_to_issue: moveCase,
        ...settleRequest,
      },
    });
  }
}
