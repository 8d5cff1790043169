import { ApiProperty } from '@nestjs/swagger';
import type { EhcPlanInFull, EhcPlanSectionView, RedactedEhcPlan } from '@convene/contracts';
import { EHC_PLAN_SECTIONS, type EhcPlanSection } from '@convene/domain';

export class EhcPlanSectionViewDto implements EhcPlanSectionView {
  @ApiProperty({ enum: EHC_PLAN_SECTIONS })
  section!: EhcPlanSection;

  @ApiProperty({ example: 'H1', description: 'As the plan heads it' })
  letter!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Null when the plan leaves the section out' })
  text!: string | null;
}

export class PlanChildDto {
  @ApiProperty()
  givenName!: string;

  @ApiProperty()
  familyName!: string;

  @ApiProperty({ format: 'date' })
  dateOfBirth!: string;
}

export class ParentCarerDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'mother' })
  relationship!: string;
}

export class EhcPlanInFullDto implements EhcPlanInFull {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ type: PlanChildDto })
  child!: PlanChildDto;

  @ApiProperty({ type: ParentCarerDto, isArray: true })
  parentCarers!: ParentCarerDto[];

  @ApiProperty({ nullable: true, type: String })
  settingName!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Null where the case records the plan as issued without its date',
  })
  finalIssuedOn!: string | null;

  @ApiProperty({ type: EhcPlanSectionViewDto, isArray: true })
  sections!: EhcPlanSectionViewDto[];
}

export class RedactedEhcPlanDto implements RedactedEhcPlan {
  @ApiProperty()
  caseReference!: string;

  @ApiProperty({
    type: EhcPlanSectionViewDto,
    isArray: true,
    description: 'Names, dates of birth and settings replaced by placeholders',
  })
  sections!: EhcPlanSectionViewDto[];

  @ApiProperty({
    type: String,
    isArray: true,
    example: ['[the child]'],
    description: 'The placeholders that may stand in the text for what was taken out',
  })
  placeholders!: string[];
}
