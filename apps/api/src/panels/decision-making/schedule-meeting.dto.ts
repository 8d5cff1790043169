import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEETING_KINDS, type MeetingKind } from '@convene/domain';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class ScheduleMeetingDto {
  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty({ example: '2026-12-02T09:30:00Z' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-02T12:30:00Z' })
  @IsISO8601({ strict: true })
  endsAt!: string;

  @ApiPropertyOptional({ description: "Left out: the panel's name and the date" })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    description: 'For a Quality and Compliance Group: the month\'s "SEND and Inclusion Big Theme"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  theme?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 12,
    default: 0,
    description:
      'Also arrange the same sitting this many weeks after it, each week at the same time; their agendas are built nearer the day',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(12)
  repeatWeeks?: number;

  @ApiPropertyOptional({
    default: true,
    description: 'Build the agenda from the case pipeline (Decision-Making Groups)',
  })
  @IsOptional()
  @IsBoolean()
  buildAgenda?: boolean;
}
