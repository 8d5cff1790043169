import { ApiProperty } from '@nestjs/swagger';
import type { FamilyRequestOverview } from '@convene/contracts';
import {
  STEP_WORDS_FOR_FAMILIES,
  type DraftCommentWindow,
  type FamilyRequestView,
  type FamilyStep,
  type FamilyStepView,
  type StageInWords,
} from '@convene/domain';

const FAMILY_STEPS = Object.keys(STEP_WORDS_FOR_FAMILIES) as FamilyStep[];

class StageInWordsDto implements StageInWords {
  @ApiProperty({ example: 'We are finding out about your child’s needs' })
  title!: string;

  @ApiProperty()
  explanation!: string;
}

class FamilyStepViewDto implements FamilyStepView {
  @ApiProperty({ enum: FAMILY_STEPS })
  step!: FamilyStep;

  @ApiProperty({ example: 'We decide whether to do an assessment' })
  words!: string;

  @ApiProperty({ enum: ['done', 'now', 'to_come'] })
  status!: FamilyStepView['status'];

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day it happened' })
  on!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The law’s time limit, or for the draft plan the day that leaves the family its 15 days',
  })
  dueBy!: string | null;

  @ApiProperty({ description: 'Past its day: not done yet, or done after it' })
  late!: boolean;
}

class FamilyNextStepDto extends FamilyStepViewDto {
  @ApiProperty({ description: 'Days from today to its day; 0 once it is past' })
  daysLeft!: number;

  @ApiProperty({
    type: [String],
    description: 'When late: the reasons the law allows that the council recorded, in plain words',
  })
  lateBecause!: string[];
}

export class DraftCommentsDto implements DraftCommentWindow {
  @ApiProperty({
    format: 'date',
    description: 'The 15th day, counting the day the draft was sent as the first',
  })
  lastDay!: string;

  @ApiProperty()
  daysLeft!: number;

  @ApiProperty()
  open!: boolean;
}

class FamilyRequestViewDto implements FamilyRequestView {
  @ApiProperty({ type: StageInWordsDto })
  stage!: StageInWordsDto;

  @ApiProperty({ type: [FamilyStepViewDto] })
  steps!: FamilyStepViewDto[];

  @ApiProperty({ type: FamilyNextStepDto, nullable: true })
  next!: FamilyNextStepDto | null;

  @ApiProperty({ type: DraftCommentsDto, nullable: true })
  draftComments!: DraftCommentsDto | null;
}

class FamilyChildRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Robin', description: 'First name only' })
  firstName!: string;

  @ApiProperty({ example: 'EHC-26-0042' })
  requestReference!: string;
}

export class FamilyContactDto {
  @ApiProperty({ example: 'Priya Shah' })
  name!: string;

  @ApiProperty({ example: 'priya.shah@fernshire.example' })
  email!: string;
}

export class FamilyRequestOverviewDto implements FamilyRequestOverview {
  @ApiProperty({ type: FamilyChildRefDto })
  child!: FamilyChildRefDto;

  @ApiProperty({ type: FamilyRequestViewDto })
  view!: FamilyRequestViewDto;

  @ApiProperty({ type: FamilyContactDto, nullable: true, description: 'The child’s Family Link Officer' })
  familyLinkOfficer!: FamilyContactDto | null;
}
