import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { NotificationList, NotificationPreferences, NotificationsMarkedRead } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import {
  MarkNotificationsReadDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationPreferencesDto,
  NotificationsMarkedReadDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto.js';
import { NotificationCentreService } from './notification-centre.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly centre: NotificationCentreService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your notifications, newest first, and how many are unread' })
  @ApiOkResponse({ type: NotificationListDto })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: NotificationListQueryDto,
  ): Promise<NotificationList> {
    return this.centre.list(user, query.limit);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marks some of your notifications read (others’, or those already read, are left)',
  })
  @ApiOkResponse({ type: NotificationsMarkedReadDto })
  markRead(
    @CurrentUser() user: SessionUser,
    @Body() body: MarkNotificationsReadDto,
  ): Promise<NotificationsMarkedRead> {
    return this.centre.markRead(user, body.ids);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks all your notifications read' })
  @ApiOkResponse({ type: NotificationsMarkedReadDto })
  markAllRead(@CurrentUser() user: SessionUser): Promise<NotificationsMarkedRead> {
    return this.centre.markRead(user, null);
  }

  @Get('preferences')
  @ApiOperation({ summary: 'How you hear of each kind of notification, and when your daily digest comes' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  getPreferences(@CurrentUser() user: SessionUser): Promise<NotificationPreferences> {
    return this.preferences.get(user);
  }

  @Put('preferences')
  @ApiOperation({
    summary: 'Changes how you hear of some kinds, or your digest time',
    description:
      'A statutory or safeguarding kind cannot be turned off: 422 `notification_mandatory`, nothing changed.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiUnprocessableEntityResponse({ description: 'Turning off a kind that cannot be turned off' })
  putPreferences(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferences> {
    return this.preferences.update(user, body);
  }
}
