import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class Sen2CensusQuery {
  @IsCalendarDate({ description: 'The census date the return is for, e.g. the third Thursday of January' })
  censusDate!: string;
}
