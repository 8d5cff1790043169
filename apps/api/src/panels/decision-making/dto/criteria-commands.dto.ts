import type { MarkCriterion } from '@convene/contracts';
import { IsBoolean, IsUUID } from 'class-validator';
import { ItemCommandDto } from '../../../meetings/dto/meeting-commands.dto.js';

// The Decision-Making Group's socket commands, checked before anything runs: unknown fields are refused.

export class MarkCriterionDto extends ItemCommandDto implements MarkCriterion {
  @IsUUID()
  criterionId!: string;

  @IsBoolean()
  met!: boolean;
}
