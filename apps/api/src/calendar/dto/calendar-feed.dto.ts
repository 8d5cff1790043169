import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedDto {
  @ApiProperty({
    example: '/api/calendar/abc123.ics',
    description: 'The feed’s new address; the old one stops working',
  })
  path!: string;
}
