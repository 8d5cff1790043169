import { ApiProperty } from '@nestjs/swagger';
import type { FamilyAdvice, FamilyDecision, FamilyDecisions, FamilyPlanReviews } from '@convene/contracts';
import { FAMILY_DECISION_KINDS, type FamilyAdviceView, type FamilyDecisionKind } from '@convene/domain';

class FamilyDecisionDto implements FamilyDecision {
  @ApiProperty({ format: 'uuid', description: 'The decision’s id, for its letter' })
  id!: string;

  @ApiProperty({ enum: FAMILY_DECISION_KINDS })
  kind!: FamilyDecisionKind;

  @ApiProperty({ description: 'True when the council agreed to assess, or to write a plan' })
  yes!: boolean;

  @ApiProperty({ format: 'date' })
  decidedOn!: string;

  @ApiProperty({ example: 'We decided to carry out an assessment of Sam’s needs' })
  words!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Only where the letter gives them (a decision not to assess or not to write a plan), as last corrected',
  })
  reasons!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When the reasons were last corrected',
  })
  correctedOn!: string | null;

  @ApiProperty()
  hasLetter!: boolean;
}

export class FamilyDecisionsDto implements FamilyDecisions {
  @ApiProperty({ type: [FamilyDecisionDto], description: 'Latest first' })
  decisions!: FamilyDecisionDto[];
}

class FamilyAdviceViewDto implements FamilyAdviceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Educational psychologist' })
  from!: string;

  @ApiProperty({ format: 'date' })
  askedOn!: string;

  @ApiProperty({ format: 'date', description: '6 weeks after it was asked (reg 8(1))' })
  dueOn!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null: not back yet' })
  returnedOn!: string | null;

  @ApiProperty({ description: 'Back after its day, or not back and its day has passed' })
  late!: boolean;
}

export class FamilyAdviceDto implements FamilyAdvice {
  @ApiProperty({ type: [FamilyAdviceViewDto], description: 'For the latest request, newest first' })
  advice!: FamilyAdviceViewDto[];
}

export class FamilyPlanReviewsDto implements FamilyPlanReviews {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Null while there is no final plan',
  })
  planIssuedOn!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastReviewOn!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The last day for the next annual review (s44(1))',
  })
  nextDueBy!: string | null;

  @ApiProperty()
  late!: boolean;
}
