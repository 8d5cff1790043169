import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_SORTS, type CaseSort } from '@convene/contracts';
import { NEED_AREAS, REQUEST_STAGES, type NeedArea, type RequestStage } from '@convene/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListCasesQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;

  @ApiPropertyOptional({ description: 'Locality code, e.g. northdale' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'locality must be a locality code, like northdale' })
  locality?: string;

  @ApiPropertyOptional({ enum: REQUEST_STAGES })
  @IsOptional()
  @IsIn(REQUEST_STAGES)
  stage?: RequestStage;

  @ApiPropertyOptional({ description: "A Family Link Officer's user id, or `me`" })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, {
    message: 'flo must be a user id or "me"',
  })
  flo?: string;

  @ApiPropertyOptional({ enum: NEED_AREAS })
  @IsOptional()
  @IsIn(NEED_AREAS)
  need?: NeedArea;

  @ApiPropertyOptional({ description: 'Only requests past their next statutory limit' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only requests whose next statutory limit falls in the next 7 days' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dueThisWeek?: boolean;

  @ApiPropertyOptional({ description: 'Case reference, or part of one' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'reference may contain only letters, digits and dashes' })
  reference?: string;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: 'urgency' })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort: CaseSort = 'urgency';
}
