import { ApiProperty } from '@nestjs/swagger';
import type { CaseRequestSummary, CaseSummary, ClockBadge } from '@convene/contracts';
import {
  NEED_AREAS,
  REQUEST_SOURCES,
  REQUEST_STAGES,
  VULNERABILITY_MARKERS,
  type NeedArea,
  type RequestSource,
  type RequestStage,
  type VulnerabilityMarker,
} from '@convene/domain';
import { pageOf } from '../../common/dto/page.dto.js';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';

export class ClockBadgeDto implements ClockBadge {
  @ApiProperty({ example: 'decision_to_assess', description: 'What is due next' })
  milestone!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ description: 'Negative when overdue' })
  daysLeft!: number;

  @ApiProperty({ enum: ['on_track', 'due_soon', 'overdue'] })
  status!: ClockBadge['status'];

  @ApiProperty({ description: 'Week of the path, counting the week received as week 1' })
  week!: number;

  @ApiProperty({ example: 20 })
  ofWeeks!: number;
}

export class CaseRequestSummaryDto implements CaseRequestSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: REQUEST_STAGES })
  stage!: RequestStage;

  @ApiProperty({ format: 'date' })
  receivedOn!: string;

  @ApiProperty({ enum: REQUEST_SOURCES })
  source!: RequestSource;
}

export class ChildNameDto {
  @ApiProperty()
  given!: string;

  @ApiProperty()
  family!: string;
}

export class LocalityRefDto {
  @ApiProperty({ example: 'northdale' })
  code!: string;

  @ApiProperty({ example: 'Northdale' })
  name!: string;
}

/** A child's case without its latest request: what the caseload and the case page share. */
export class ChildCaseDto implements Omit<CaseSummary, 'request' | 'clock'> {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ nullable: true, type: ChildNameDto, description: 'Null for roles that may not see it' })
  name!: ChildNameDto | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Null for roles that may not see it',
  })
  dateOfBirth!: string | null;

  @ApiProperty()
  yearGroup!: number;

  @ApiProperty({ nullable: true, type: String })
  settingName!: string | null;

  @ApiProperty({ type: LocalityRefDto })
  locality!: LocalityRefDto;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  familyLinkOfficer!: PersonRefDto | null;

  @ApiProperty({ enum: NEED_AREAS })
  primaryNeed!: NeedArea;

  @ApiProperty({ enum: VULNERABILITY_MARKERS, isArray: true })
  vulnerabilityMarkers!: VulnerabilityMarker[];

  @ApiProperty()
  vulnerabilityScore!: number;
}

class CaseSummaryDto extends ChildCaseDto implements CaseSummary {
  @ApiProperty({
    nullable: true,
    type: CaseRequestSummaryDto,
    description: 'The latest request for assessment',
  })
  request!: CaseRequestSummaryDto | null;

  @ApiProperty({ nullable: true, type: ClockBadgeDto })
  clock!: ClockBadgeDto | null;
}

export const CaseSummaryPage = pageOf(CaseSummaryDto);
