import { Injectable, type OnModuleInit } from '@nestjs/common';
import { definePanel, MeetingEngineRegistry } from '../../meetings/engine/meeting-engine-registry.js';
import { AdviceAuditOutcomes } from './advice-audit-outcomes.js';
import { AnswerJointFundingDto, ProposeJointFundingDto, SubmitScoreDto } from './dto/quality-commands.dto.js';
import { answerJointFunding, proposeJointFunding } from './joint-funding.commands.js';
import { JointFundingOutcomes } from './joint-funding-outcomes.js';
import { jointFundingPart } from './joint-funding-view.js';
import { planScoresPart } from './plan-scores.js';
import { submitScore } from './quality-score.commands.js';

/** The Quality and Compliance Group's live commands: private scores on sampled plans, and joint funding. */
export const QUALITY_PANEL = definePanel('the Quality and Compliance Group', {
  commands: {
    'score.submit': { dto: SubmitScoreDto, handler: submitScore },
    'funding.propose': { dto: ProposeJointFundingDto, handler: proposeJointFunding },
    'funding.answer': { dto: AnswerJointFundingDto, handler: answerJointFunding },
  },
  snapshotParts: { quality: planScoresPart, jointFunding: jointFundingPart },
});

/** What the Quality and Compliance Group adds to the meeting engine: its commands, and what its outcomes do. */
@Injectable()
export class QualityPanel implements OnModuleInit {
  constructor(
    private readonly engine: MeetingEngineRegistry,
    private readonly jointFunding: JointFundingOutcomes,
    private readonly adviceAudit: AdviceAuditOutcomes,
  ) {}

  onModuleInit(): void {
    this.engine.register({
      ...QUALITY_PANEL,
      outcomeEffects: {
        joint_funding: (recorded) => this.jointFunding.check(recorded),
        advice_audit: (recorded) => this.adviceAudit.keep(recorded),
      },
    });
  }
}
