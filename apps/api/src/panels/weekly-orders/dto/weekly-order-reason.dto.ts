import { ApiProperty } from '@nestjs/swagger';
import type { WeeklyOrderReasonView } from '@convene/contracts';
import {
  MILESTONE_KINDS,
  WEEKLY_ORDER_REASONS,
  type MilestoneKind,
  type WeeklyOrderReasonKind,
} from '@convene/domain';

export class WeeklyOrderReasonDto implements WeeklyOrderReasonView {
  @ApiProperty({ enum: WEEKLY_ORDER_REASONS })
  reason!: WeeklyOrderReasonKind;

  @ApiProperty({ enum: MILESTONE_KINDS })
  milestone!: MilestoneKind;

  @ApiProperty({ description: 'The milestone in words' })
  label!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The regulation that sets the limit' })
  regulation!: string | null;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ description: "Its day was before the sitting's week began" })
  overdue!: boolean;
}
