import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class TimelinessQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The last month of the table (YYYY-MM); this month if left out',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month like 2026-10' })
  month?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 24, default: 12 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24)
  months?: number;
}

export class TimelinessCasesQuery {
  @ApiPropertyOptional({ example: '2026-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month like 2026-10' })
  month!: string;

  @ApiPropertyOptional({ enum: ['issued', 'in_twenty_weeks', 'late'], default: 'issued' })
  @IsOptional()
  @IsIn(['issued', 'in_twenty_weeks', 'late'])
  measure?: 'issued' | 'in_twenty_weeks' | 'late';

  @ApiPropertyOptional({
    enum: ['exclude', 'include'],
    default: 'exclude',
    description: 'Plans with a reg 10(4) exception',
  })
  @IsOptional()
  @IsIn(['exclude', 'include'])
  exceptions?: 'exclude' | 'include';
}
