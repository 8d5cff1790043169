import { Controller, Get, Header, Param, Post, Req, StreamableFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { CalendarService, FeedNotFoundError } from './calendar.service.js';
import { CalendarFeedDto } from './dto/calendar-feed.dto.js';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Post('feed')
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'A new address for your meetings as a calendar feed (Outlook: Add calendar → From the internet); the old address stops working',
  })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  issue(@CurrentUser() user: SessionUser): Promise<{ path: string }> {
    return this.calendar.issueFeed(user);
  }

  @Get(':file')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({
    summary:
      'Your meetings as an iCalendar feed, from 60 days ago to a year ahead: titles, times and your role, never a child’s case',
  })
  async feed(@Param('file') file: string, @Req() request: Request): Promise<StreamableFile> {
    const token = /^([A-Za-z0-9_-]{32})\.ics$/.exec(file)?.[1];
    if (!token) throw new FeedNotFoundError();
    const ics = await this.calendar.feed(token, `${request.protocol}://${request.get('host')}`);
    return new StreamableFile(Buffer.from(ics, 'utf8'));
  }
}
