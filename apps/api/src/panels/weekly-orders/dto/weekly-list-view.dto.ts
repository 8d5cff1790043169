import { ApiProperty } from '@nestjs/swagger';
import type { WeeklyClearedView, WeeklyListChild, WeeklyListView } from '@convene/contracts';
import { ActionViewDto, MeetingRefDto } from '../../../actions/dto/action-view.dto.js';
import { LocalityRefDto } from '../../../cases/dto/case-summary.dto.js';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';
import { WeeklyOrderReasonDto } from './weekly-order-reason.dto.js';

class SittingWeekDto {
  @ApiProperty({ format: 'date' })
  monday!: string;

  @ApiProperty({ format: 'date' })
  sunday!: string;
}

class ItemConclusionDto {
  @ApiProperty({ example: 'actions_agreed' })
  outcome!: string;

  @ApiProperty({ description: "The chair's summary" })
  reasons!: string;
}

class WeeklyListChildDto implements WeeklyListChild {
  @ApiProperty({ format: 'uuid' })
  itemId!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ type: LocalityRefDto })
  locality!: LocalityRefDto;

  @ApiProperty({ type: WeeklyOrderReasonDto, isArray: true, description: 'Most urgent first' })
  reasons!: WeeklyOrderReasonDto[];

  @ApiProperty({
    type: ItemConclusionDto,
    nullable: true,
    description: 'Null until the chair concludes the item',
  })
  outcome!: ItemConclusionDto | null;

  @ApiProperty({
    type: ActionViewDto,
    isArray: true,
    description: 'Actions agreed on this child at the sitting',
  })
  actions!: ActionViewDto[];
}

export class WeeklyListViewDto implements WeeklyListView {
  @ApiProperty({ type: MeetingRefDto })
  meeting!: MeetingRefDto;

  @ApiProperty({ type: SittingWeekDto, description: "The sitting's Monday to Sunday, in England" })
  week!: SittingWeekDto;

  @ApiProperty({ type: PersonRefDto })
  officer!: PersonRefDto;

  @ApiProperty({ type: WeeklyListChildDto, isArray: true })
  children!: WeeklyListChildDto[];

  @ApiProperty({
    type: ActionViewDto,
    isArray: true,
    description: 'Every action of the sitting the officer holds',
  })
  yourActions!: ActionViewDto[];

  @ApiProperty({
    type: PersonRefDto,
    isArray: true,
    description: 'For the chair: every officer with children on the agenda; empty for an officer',
  })
  officersOnAgenda!: PersonRefDto[];
}

class ClearedChildDto {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ type: WeeklyOrderReasonDto, isArray: true, description: 'Why they were on last week' })
  reasons!: WeeklyOrderReasonDto[];
}

export class WeeklyClearedViewDto implements WeeklyClearedView {
  @ApiProperty({ type: MeetingRefDto })
  meeting!: MeetingRefDto;

  @ApiProperty({ type: LocalityRefDto })
  locality!: LocalityRefDto;

  @ApiProperty({ type: MeetingRefDto, nullable: true, description: 'Null for the first sitting' })
  previousMeeting!: MeetingRefDto | null;

  @ApiProperty({ type: ClearedChildDto, isArray: true })
  clearedChildren!: ClearedChildDto[];

  @ApiProperty({
    type: ActionViewDto,
    isArray: true,
    description: "The locality's actions closed since last week",
  })
  actionsClosed!: ActionViewDto[];
}
