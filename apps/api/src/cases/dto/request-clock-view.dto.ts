import { ApiProperty } from '@nestjs/swagger';
import type { MilestoneView, RequestClockView } from '@convene/contracts';

const MILESTONE_STATUSES = [
  'completed_on_time',
  'completed_late',
  'open_on_track',
  'due_soon',
  'overdue',
] as const;

export class MilestoneViewDto implements MilestoneView {
  @ApiProperty({ example: 'decision_to_assess' })
  milestone!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'reg 5(1)',
    description: "Null for a target of the council's own",
  })
  regulation!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  statutoryDeadline!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  localTarget!: string | null;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  completedOn!: string | null;

  @ApiProperty({ enum: MILESTONE_STATUSES })
  status!: MilestoneView['status'];

  @ApiProperty({ nullable: true, type: Number })
  daysLeft!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  daysOverdue!: number | null;

  @ApiProperty({ description: 'An accepted exception applies: reported apart, not simply as late' })
  exceptionCase!: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'For an advice: the team asked' })
  agency!: string | null;
}

export class RejectedExceptionDto {
  @ApiProperty()
  kind!: string;

  @ApiProperty()
  regulation!: string;

  @ApiProperty({ description: 'Why the Regulations do not allow it here' })
  reason!: string;
}

export class RequestClockViewDto implements RequestClockView {
  @ApiProperty({ example: 'Week 7 of 20' })
  weekLabel!: string;

  @ApiProperty({ enum: ['open', 'plan_issued', 'stopped'] })
  state!: RequestClockView['state'];

  @ApiProperty()
  exceptionCase!: boolean;

  @ApiProperty({ type: MilestoneViewDto, isArray: true })
  milestones!: MilestoneViewDto[];

  @ApiProperty({
    type: RejectedExceptionDto,
    isArray: true,
    description: 'Exceptions recorded that the Regulations do not allow here',
  })
  rejectedExceptions!: RejectedExceptionDto[];

  @ApiProperty({ type: String, isArray: true })
  warnings!: string[];
}
