import { ApiProperty, OmitType } from '@nestjs/swagger';
import {
  SAMPLE_PLAN_REVIEW_STATES,
  type RevealedScore,
  type SamplePlanModeration,
  type SamplePlanReview,
  type SamplePlanReviewState,
} from '@convene/contracts';
import { QUALITY_GRADES, type QualityGrade } from '@convene/domain';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';

export class NamedScoreDto implements RevealedScore {
  @ApiProperty({ format: 'uuid' })
  reviewerId!: string;

  @ApiProperty()
  reviewerName!: string;

  @ApiProperty({ enum: QUALITY_GRADES })
  grade!: QualityGrade;

  @ApiProperty({ enum: QUALITY_GRADES, description: 'The grade the criteria ticked earn, by weight' })
  computedGrade!: QualityGrade;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the grade given differs from the one earned',
  })
  overrideReason!: string | null;

  @ApiProperty({ type: String, isArray: true, description: 'The framework criteria ticked' })
  metCriterionIds!: string[];
}

export class OwnScoreDto extends OmitType(NamedScoreDto, ['reviewerId', 'reviewerName'] as const) {}

export class SamplePlanModerationDto implements SamplePlanModeration {
  @ApiProperty({ enum: QUALITY_GRADES })
  grade!: QualityGrade;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "Null for a plan moderated in the group's meeting: its reasons are in the minutes",
  })
  feedback!: string | null;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  moderatedBy!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  moderatedAt!: string;
}

export class SamplePlanReviewDto implements SamplePlanReview {
  @ApiProperty({ enum: SAMPLE_PLAN_REVIEW_STATES })
  state!: SamplePlanReviewState;

  @ApiProperty({
    description: 'How many reviewers have scored the plan: never who gave what, before the reveal',
  })
  scoreCount!: number;

  @ApiProperty({ nullable: true, type: OwnScoreDto })
  yourScore!: OwnScoreDto | null;

  @ApiProperty({
    nullable: true,
    type: NamedScoreDto,
    isArray: true,
    description: "Every reviewer's latest score, once revealed",
  })
  scores!: NamedScoreDto[] | null;

  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'Reviewers two or more grades apart; null before the reveal',
  })
  disagreement!: boolean | null;

  @ApiProperty({ nullable: true, type: SamplePlanModerationDto })
  moderation!: SamplePlanModerationDto | null;
}
