import { ApiProperty } from '@nestjs/swagger';
import type { DisagreementIndicatorCase, DisagreementIndicatorsReport } from '@convene/contracts';
import {
  APPEALABLE_DECISIONS,
  DISAGREEMENT_DECISION_TYPES,
  DISAGREEMENT_KINDS,
  type AppealableDecision,
  type DisagreementDecisionType,
  type DisagreementDecisionTypeFigures,
  type DisagreementFigures,
  type DisagreementKind,
  type DisagreementMonth,
} from '@convene/domain';

export class DisagreementFiguresDto implements DisagreementFigures {
  @ApiProperty({ description: 'Complaints received in the period' })
  complaints!: number;

  @ApiProperty({ description: 'Mediations: the mediation adviser contacted in the period' })
  mediations!: number;

  @ApiProperty({ description: 'Appeals registered in the period' })
  appeals!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Appealable decisions made in the period: refusals to assess or to issue, plans issued or amended, plans maintained unamended after a review, plans ceased; null for a complaint naming no decision',
  })
  appealableDecisions!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Appeals per 1,000 appealable decisions; one decimal',
  })
  appealsPerThousand!: number | null;

  @ApiProperty({ description: 'Appeals whose outcome was reached in the period' })
  appealsDecided!: number;

  @ApiProperty({ description: 'Of them, conceded by the council or upheld in whole or in part' })
  againstTheCouncil!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'One decimal; null when no appeal was decided' })
  percentAgainstTheCouncil!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Days from the decision’s notice to the appeal registered: the median, to half a day',
  })
  medianDaysToRegister!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'And the longest' })
  longestDaysToRegister!: number | null;
}

export class DisagreementMonthDto extends DisagreementFiguresDto implements DisagreementMonth {
  @ApiProperty({ example: '2026-10' })
  month!: string;

  @ApiProperty({ type: DisagreementFiguresDto, description: 'The 12 months to the end of this one' })
  rolling!: DisagreementFiguresDto;
}

export class DisagreementDecisionTypeFiguresDto implements DisagreementDecisionTypeFigures {
  @ApiProperty({ enum: DISAGREEMENT_DECISION_TYPES })
  decisionType!: DisagreementDecisionType;

  @ApiProperty({ type: DisagreementFiguresDto, description: 'The month asked for' })
  inMonth!: DisagreementFiguresDto;

  @ApiProperty({ type: DisagreementFiguresDto, description: 'The 12 months to its end' })
  rolling!: DisagreementFiguresDto;
}

export class DisagreementIndicatorsReportDto implements DisagreementIndicatorsReport {
  @ApiProperty({ type: String, isArray: true, description: 'YYYY-MM, oldest first' })
  months!: string[];

  @ApiProperty({ type: DisagreementMonthDto, isArray: true })
  byMonth!: DisagreementMonthDto[];

  @ApiProperty({ type: DisagreementDecisionTypeFiguresDto, isArray: true })
  byDecisionType!: DisagreementDecisionTypeFiguresDto[];
}

export class DisagreementIndicatorCaseDto implements DisagreementIndicatorCase {
  @ApiProperty({ format: 'uuid' })
  disagreementId!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ enum: DISAGREEMENT_KINDS })
  kind!: DisagreementKind;

  @ApiProperty({ enum: APPEALABLE_DECISIONS, nullable: true })
  appealableDecision!: AppealableDecision | null;

  @ApiProperty({ enum: DISAGREEMENT_DECISION_TYPES })
  decisionType!: DisagreementDecisionType;

  @ApiProperty({ format: 'date' })
  decisionNotifiedOn!: string;

  @ApiProperty({
    format: 'date',
    description: 'Complaint received, mediation adviser contacted, appeal registered',
  })
  openedOn!: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'For an appeal: days from the notice to registration',
  })
  daysToRegister!: number | null;

  @ApiProperty({ nullable: true, type: String })
  outcome!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  outcomeOn!: string | null;

  @ApiProperty({ description: 'An appeal conceded or upheld in whole or in part' })
  againstTheCouncil!: boolean;
}
