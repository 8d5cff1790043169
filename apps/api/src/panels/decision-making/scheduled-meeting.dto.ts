import { ApiProperty } from '@nestjs/swagger';

export class ScheduledMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'The first sitting' })
  id!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'Every sitting arranged, the first included, week by week',
  })
  series!: string[];
}

export class AgendaBuiltDto {
  @ApiProperty({ description: 'Cases added from the pipeline' })
  added!: number;
}
