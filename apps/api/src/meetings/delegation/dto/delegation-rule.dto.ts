import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DelegationRuleView } from '@convene/contracts';
import { DELEGABLE_KINDS, DELEGATE_ROLES, type DelegableKind, type DelegateRole } from '@convene/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const AMOUNT = {
  minimum: 1,
  maximum: 100_000_000,
  nullable: true,
  type: Number,
  description:
    'For funding or a personal budget: the most that may be agreed alone, in whole pence; none: no limit',
};

export class AddDelegationRuleDto {
  @ApiProperty({ enum: DELEGABLE_KINDS, description: 'The kind of decision delegated' })
  @IsIn(DELEGABLE_KINDS)
  kind!: DelegableKind;

  @ApiProperty({ enum: DELEGATE_ROLES, description: 'Who may take it alone' })
  @IsIn(DELEGATE_ROLES)
  role!: DelegateRole;

  @ApiPropertyOptional(AMOUNT)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  maxAmountPence?: number | null;
}

export class ChangeDelegationRuleDto {
  @ApiPropertyOptional({ ...AMOUNT, description: `${AMOUNT.description}; null removes the limit` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  maxAmountPence?: number | null;

  @ApiPropertyOptional({ description: 'false retires the line: decisions taken under it keep it' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class DelegationRuleViewDto implements DelegationRuleView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: DELEGABLE_KINDS })
  kind!: DelegableKind;

  @ApiProperty({ enum: DELEGATE_ROLES })
  role!: DelegateRole;

  @ApiProperty({ nullable: true, type: Number, description: 'In whole pence; null: no limit' })
  maxAmountPence!: number | null;

  @ApiProperty()
  active!: boolean;
}
