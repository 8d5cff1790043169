import { ApiProperty } from '@nestjs/swagger';
import type { HealthAdviceView } from '@convene/contracts';
import {
  ADVICE_QUALITY_CRITERIA,
  ADVICE_RESPONSES,
  ADVICE_SOURCES,
  ADVICE_REQUEST_STATUSES,
  TEAM_RESPONSES,
  TRIAGE_PRIORITIES,
  type AdviceQualityCriterion,
  type AdviceResponse,
  type AdviceSource,
  type TeamResponse,
  type TriagePriority,
} from '@convene/domain';
import { AgencyRefDto } from '../../../identity/admin/dto/agency-view.dto.js';

export class AdviceQualityDto {
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(
      ADVICE_QUALITY_CRITERIA.map((criterion) => [criterion, { type: 'boolean' }]),
    ),
    description: "The coordinator's rubric (the DCO's, the DSCO's…), point by point",
  })
  criteria!: Record<AdviceQualityCriterion, boolean>;

  @ApiProperty({ description: 'Every point of the rubric met' })
  meetsStandard!: boolean;

  @ApiProperty({ nullable: true, type: String })
  note!: string | null;
}

export class HealthAdviceViewDto implements HealthAdviceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty({ format: 'uuid', description: 'The request for assessment the advice is for' })
  requestId!: string;

  @ApiProperty({ enum: ADVICE_SOURCES })
  source!: AdviceSource;

  @ApiProperty({ nullable: true, type: AgencyRefDto, description: 'Null while awaiting triage' })
  team!: AgencyRefDto | null;

  @ApiProperty({ enum: ADVICE_REQUEST_STATUSES })
  status!: HealthAdviceView['status'];

  @ApiProperty({ nullable: true, enum: ADVICE_RESPONSES })
  response!: AdviceResponse | null;

  @ApiProperty({ nullable: true, enum: TRIAGE_PRIORITIES })
  priority!: TriagePriority | null;

  @ApiProperty({ nullable: true, enum: TEAM_RESPONSES })
  teamResponse!: TeamResponse | null;

  @ApiProperty({ format: 'date' })
  requestedOn!: string;

  @ApiProperty({ format: 'date', description: '6 weeks after it was asked for (reg 8(1))' })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  returnedOn!: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Negative when overdue; null once returned' })
  daysLeft!: number | null;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ description: 'An accepted reg 8(2) exception applies' })
  exceptionCase!: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  lastChasedAt!: string | null;

  @ApiProperty({ description: 'Moves to another team after triage' })
  reassignments!: number;

  @ApiProperty({ nullable: true, type: AdviceQualityDto })
  quality!: AdviceQualityDto | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The returned advice document, in the case’s evidence',
  })
  evidenceId!: string | null;
}
