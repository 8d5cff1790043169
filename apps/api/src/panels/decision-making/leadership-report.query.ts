import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class LeadershipReportQuery {
  @IsCalendarDate({ description: 'First day of the period (inclusive)' })
  from!: string;

  @IsCalendarDate({ description: 'Last day of the period (inclusive)' })
  to!: string;
}
