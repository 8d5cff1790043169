import { Injectable } from '@nestjs/common';
import type { FamilyFeedbackSent, SendFamilyFeedback } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyFeedbackRepository } from './family-feedback.repository.js';
import { FamilySayLinksRepository } from './family-say-links.repository.js';
import { FamilyChildNotFoundError, FeedbackAlreadySentTodayError } from './family-say.errors.js';

const textOrNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** How the process went, from a parent, carer or young person: kept as sent, at most once a day for each child. */
@Injectable()
export class FamilyFeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  send(user: SessionUser, childId: string, body: SendFamilyFeedback): Promise<FamilyFeedbackSent> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await new FamilySayLinksRepository(manager).liveLink(user.id, childId)))
        throw new FamilyChildNotFoundError();
      const row = await new FamilyFeedbackRepository(manager).add({
        userId: user.id,
        childId,
        rating: body.rating,
        wentWell: textOrNull(body.wentWell),
        couldBeBetter: textOrNull(body.couldBeBetter),
        sentOn: todayInEngland(),
      });
      if (!row) throw new FeedbackAlreadySentTodayError();
      // The rating only: the family's words may name the child.
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.feedback_sent',
        entityType: 'family_feedback',
        entityId: row.id,
        after: { childId, rating: body.rating },
      });
      return { id: row.id, rating: body.rating, sentAt: row.sent_at.toISOString() };
    });
  }
}
