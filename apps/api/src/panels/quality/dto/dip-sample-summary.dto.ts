import { ApiProperty } from '@nestjs/swagger';
import type { DipSampleSummary } from '@convene/contracts';
import { pageOf } from '../../../common/dto/page.dto.js';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';

class DipSampleSummaryDto implements DipSampleSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['multiagency', 'senior'] })
  tier!: DipSampleSummary['tier'];

  @ApiProperty({ enum: ['plans', 'advice'] })
  subject!: DipSampleSummary['subject'];

  @ApiProperty({ nullable: true, type: String })
  theme!: string | null;

  @ApiProperty({ description: 'Draw again with this seed for the same plans' })
  seed!: number;

  @ApiProperty({ format: 'date-time' })
  drawnAt!: string;

  @ApiProperty({ type: PersonRefDto })
  drawnBy!: PersonRefDto;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  meetingId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  meetingTitle!: string | null;

  @ApiProperty({ description: 'Plans (or advices) drawn' })
  size!: number;

  @ApiProperty({ description: 'Of those, how many have a moderated grade' })
  moderated!: number;
}

export const DipSampleSummaryPage = pageOf(DipSampleSummaryDto);
