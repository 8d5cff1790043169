import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELEGABLE_KINDS, type DelegableKind } from '@convene/domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class DecideUnderDelegationDto {
  @ApiProperty({ enum: DELEGABLE_KINDS, description: 'The kind of decision taken' })
  @IsIn(DELEGABLE_KINDS)
  kind!: DelegableKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A decision to assess or to issue: the child’s request for assessment it decides',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A change of placement, funding or personal budget: the request awaiting the panel it decides',
  })
  @IsOptional()
  @IsUUID()
  panelRequestId?: string;

  @ApiProperty({
    enum: ['agree', 'refuse', 'issue', 'not_issue'],
    description: 'agree or refuse; for a decision to issue, issue or not_issue',
  })
  @IsIn(['agree', 'refuse', 'issue', 'not_issue'])
  outcome!: string;

  @ApiProperty({ maxLength: 4000, description: 'Why: every decision carries its reasons' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reasons!: string;

  @ApiPropertyOptional({
    maxLength: 4000,
    description: 'After a refusal: what the school or setting is asked to do (in the family’s letter)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  recommendations?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100_000_000,
    description:
      'Funding or a personal budget agreed: the amount agreed a year, in whole pence (at most the amount asked)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountPence?: number;
}
