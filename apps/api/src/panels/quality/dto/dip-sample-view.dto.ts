import { ApiProperty } from '@nestjs/swagger';
import type { DipSampleView } from '@convene/contracts';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';
import { SamplePlanReviewDto } from './sample-plan-review.dto.js';

/** The case a sampled plan or advice belongs to. */
class SampledCaseDto {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;
}

export class SampledPlanDto extends SampledCaseDto {
  @ApiProperty({ description: 'The stratum it was drawn from' })
  locality!: string;

  @ApiProperty({ nullable: true, type: SamplePlanReviewDto, description: 'As the person asking sees it' })
  review!: SamplePlanReviewDto | null;
}

export class SampledAdviceDto extends SampledCaseDto {
  @ApiProperty({ format: 'uuid' })
  adviceRequestId!: string;

  @ApiProperty({ description: 'The agency that gave the advice: its stratum' })
  agency!: string;

  @ApiProperty({ example: 'health' })
  adviceKind!: string;
}

export class DipSampleViewDto implements DipSampleView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['plans', 'advice'] })
  subject!: DipSampleView['subject'];

  @ApiProperty({ enum: ['multiagency', 'senior'] })
  tier!: DipSampleView['tier'];

  @ApiProperty({ description: 'Draw again with this seed for the same plans' })
  seed!: number;

  @ApiProperty()
  size!: number;

  @ApiProperty({ nullable: true, type: String })
  theme!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  meetingId!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'How many were drawn from each stratum',
  })
  byLocality!: Record<string, number>;

  @ApiProperty({ format: 'date-time' })
  drawnAt!: string;

  @ApiProperty({
    type: PersonRefDto,
    description: "For a seniors' sample, its owner, who reveals the scores and records the moderated grades",
  })
  drawnBy!: PersonRefDto;

  @ApiProperty({ type: SampledPlanDto, isArray: true })
  plans!: SampledPlanDto[];

  @ApiProperty({
    type: SampledAdviceDto,
    isArray: true,
    description: 'For an advice audit: the advices drawn',
  })
  advices!: SampledAdviceDto[];
}
