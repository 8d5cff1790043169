import { ApiProperty } from '@nestjs/swagger';
import type { FamilyPlan, FamilyPlanSection, SentDraftComments } from '@convene/contracts';
import { EHC_PLAN_SECTIONS, type EhcPlanSection } from '@convene/domain';
import { FamilyChildDto } from '../../family/dto/family-child.dto.js';
import { DraftCommentsDto, FamilyContactDto } from './family-request-overview.dto.js';

class FamilyPlanSectionDto implements FamilyPlanSection {
  @ApiProperty({ enum: EHC_PLAN_SECTIONS })
  section!: EhcPlanSection;

  @ApiProperty({
    example: 'F: The help I will get at school',
    description: 'Its letter and what it is about',
  })
  heading!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Null where nothing is written in it yet' })
  text!: string | null;
}

export class SentDraftCommentsDto implements SentDraftComments {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  comments!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Fernshire Primary School' })
  preferredSchool!: string | null;

  @ApiProperty({ format: 'date-time' })
  sentAt!: string;
}

export class FamilyPlanDto implements FamilyPlan {
  @ApiProperty({ type: FamilyChildDto })
  child!: FamilyChildDto;

  @ApiProperty({ enum: ['draft', 'final'] })
  kind!: FamilyPlan['kind'];

  @ApiProperty({ format: 'date', description: 'The day the draft, or the final plan, was sent' })
  issuedOn!: string;

  @ApiProperty({ type: [FamilyPlanSectionDto], description: 'Sections A to K in the plan’s order' })
  sections!: FamilyPlanSectionDto[];

  @ApiProperty({
    type: DraftCommentsDto,
    nullable: true,
    description: 'For a draft waiting on the final plan: the 15 days to comment (reg 13(1))',
  })
  commentWindow!: DraftCommentsDto | null;

  @ApiProperty({ type: [SentDraftCommentsDto], description: 'What this person sent, oldest first' })
  yourComments!: SentDraftCommentsDto[];

  @ApiProperty({ type: FamilyContactDto, nullable: true, description: 'The child’s Family Link Officer' })
  familyLinkOfficer!: FamilyContactDto | null;
}
