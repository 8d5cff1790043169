import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'e.g. ehc_request, child, vote' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,64}$/)
  entityId?: string;

  @ApiPropertyOptional({
    description: 'An action, or the start of one: `request.` matches every request step',
  })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'From this day (inclusive, England)' })
  from?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'To this day (inclusive, England)' })
  to?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}
