import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

/** Each person's meetings as a calendar feed for Outlook. */
@Module({ controllers: [CalendarController], providers: [CalendarService] })
export class CalendarModule {}
