import type { RecordReviewMeeting } from '@convene/contracts';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class RecordReviewMeetingDto implements RecordReviewMeeting {
  @IsCalendarDate({ description: 'The day the annual review meeting was held' })
  reviewMeetingOn!: string;
}
