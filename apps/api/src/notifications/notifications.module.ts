import { Global, Module } from '@nestjs/common';
import { ActionNotices } from './causes/action-notices.js';
import { MeetingEventNotices } from './causes/meeting-event-notices.js';
import { MailTransport } from './delivery/mail-transport.js';
import { OutboxDelivery } from './delivery/outbox-delivery.js';
import { NotificationCentreService } from './notification-centre.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';
import { Notifier } from './notifier.js';
import { OutboxController } from './outbox.controller.js';
import { NotificationTimers } from './timers/notification-timers.js';

/** Telling people: notifications written with the changes that cause them, delivered in the app and by email. */
@Global()
@Module({
  controllers: [NotificationsController, OutboxController],
  providers: [
    Notifier,
    MeetingEventNotices,
    ActionNotices,
    NotificationCentreService,
    NotificationPreferencesService,
    MailTransport,
    OutboxDelivery,
    NotificationTimers,
  ],
  exports: [Notifier, MeetingEventNotices, ActionNotices],
})
export class NotificationsModule {}
