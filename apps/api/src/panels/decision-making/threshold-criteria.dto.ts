import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@convene/domain';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateCriterionDto {
  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  @IsIn(AGENDA_ITEM_KINDS)
  itemKind!: AgendaItemKind;

  @ApiProperty()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  text!: string;
}

export class UpdateCriterionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  text?: string;

  @ApiPropertyOptional({ description: 'false retires it: past decisions keep their marks' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;
}
