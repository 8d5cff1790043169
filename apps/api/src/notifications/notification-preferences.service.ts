import { Injectable } from '@nestjs/common';
import type { NotificationPreferences } from '@convene/contracts';
import {
  DEFAULT_DIGEST_TIME,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_RULES,
  mayChooseDelivery,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../identity/session-user.js';
import type { UpdateNotificationPreferencesDto } from './dto/notification.dto.js';
import { deliveryFor } from './notifier.js';
import { NotificationPreferencesRepository } from './notification-preferences.repository.js';
import { MandatoryNotificationError } from './notifications.errors.js';

/** How each person chooses to hear of each kind; every change is kept in the audit trail. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(user: SessionUser): Promise<NotificationPreferences> {
    const preferences = new NotificationPreferencesRepository(this.dataSource.manager);
    const chosen = await preferences.chosen(user.id);
    return {
      preferences: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: deliveryFor(kind, { id: user.id, email: '', chosen: chosen.get(kind) ?? null }),
        mandatory: NOTIFICATION_KIND_RULES[kind].mandatory,
        label: NOTIFICATION_KIND_RULES[kind].label,
      })),
      digestTime: (await preferences.digestTime(user.id)) ?? DEFAULT_DIGEST_TIME,
    };
  }

  /** Refused whole (422, nothing changed) if it turns off a statutory or safeguarding kind. */
  async update(user: SessionUser, body: UpdateNotificationPreferencesDto): Promise<NotificationPreferences> {
    const choices = body.preferences ?? [];
    const refused = choices.findIndex((c) => !mayChooseDelivery(c.kind, c.delivery));
    if (refused >= 0)
      throw new MandatoryNotificationError(refused, NOTIFICATION_KIND_RULES[choices[refused]!.kind].label);
    await this.dataSource.transaction(async (manager) => {
      const preferences = new NotificationPreferencesRepository(manager);
      const before = {
        chosen: Object.fromEntries(await preferences.chosen(user.id)),
        digestTime: await preferences.digestTime(user.id),
      };
      await preferences.choose(user.id, choices);
      if (body.digestTime) await preferences.setDigestTime(user.id, body.digestTime);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'notification_preferences.changed',
        entityType: 'user',
        entityId: user.id,
        before,
        after: {
          chosen: Object.fromEntries(await preferences.chosen(user.id)),
          digestTime: await preferences.digestTime(user.id),
        },
      });
    });
    return this.get(user);
  }
}
