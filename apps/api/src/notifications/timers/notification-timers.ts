import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  ADVICE_DUE_SOON_DAYS,
  DEFAULT_DIGEST_TIME,
  REVIEW_DUE_SOON_DAYS,
  STAGE_DEADLINES,
  dayInEngland,
  formatCalendarDate,
  gatewayOfAdvice,
  isDigestTimeReached,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ActionNotices } from '../causes/action-notices.js';
import { NoticeSubjectsRepository } from '../causes/notice-subjects.repository.js';
import { newMessageId } from '../message-id.js';
import { renderDigest, signInLink } from '../notification-templates.js';
import { Notifier } from '../notifier.js';
import { OutboxRepository } from '../outbox.repository.js';
import { NotificationTimersRepository } from './notification-timers.repository.js';

const TICK_MS = 60_000;

/**
 * The notifications that come from time passing, not from a change: advice due within a week or overdue (to the
 * team's representatives and the DCOs), an annual review due within 4 weeks or overdue and a statutory deadline this
 * week (to the case's Family Link Officer), an action due tomorrow or overdue (to its owner, or its team's members),
 * and each person's daily digest at their time, England's. Every node runs the timer; each tick is taken by one node
 * at a time (a PostgreSQL advisory lock held for its transaction), and each reminder names its cause, so a tick run
 * twice tells no one twice.
 */
@Injectable()
export class NotificationTimers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationTimers');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
    private readonly actions: ActionNotices,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NOTIFICATION_WORKERS === 'off') return;
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch((error: Error) => this.logger.warn(`notification timers failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, TICK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One tick at `now`; false when another node was running one. */
  tick(now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const timers = new NotificationTimersRepository(manager);
      if (!(await timers.takeTick())) return false;
      const today = dayInEngland(now);
      await this.remindOfAdvice(manager, timers, today);
      await this.remindOfReviews(manager, timers, today);
      await this.remindOfDeadlines(manager, timers, today);
      for (const action of await timers.actionsToRemind(today))
        await this.actions.reminder(manager, action.id, action.overdue);
      await this.sendDigests(manager, timers, now, today);
      return true;
    });
  }

  private async remindOfAdvice(manager: EntityManager, timers: NotificationTimersRepository, today: string) {
    const subjects = new NoticeSubjectsRepository(manager);
    for (const advice of await timers.adviceToRemind(today, ADVICE_DUE_SOON_DAYS)) {
      // The team's representatives and the coordinator of the advice's gateway (the DCO for health advice…).
      const gateway = gatewayOfAdvice(advice.advice_kind);
      const facts = {
        caseReference: advice.case_reference,
        teamName: advice.team_name,
        dueOn: formatCalendarDate(advice.due_on),
      };
      const recipientIds = [
        ...(await subjects.holdersOf(gateway.teamRepRole, advice.team_id)),
        ...(await subjects.holdersOf(gateway.coordinatorRole)),
      ];
      const common = { recipientIds, subjectRef: advice.case_reference, linkPath: gateway.page, facts };
      if (advice.overdue)
        await this.notifier.notify(manager, {
          kind: 'advice_overdue',
          causeKey: `advice-overdue:${advice.id}`,
          ...common,
        });
      else
        await this.notifier.notify(manager, {
          kind: 'advice_due_soon',
          causeKey: `advice-due-soon:${advice.id}`,
          ...common,
        });
    }
  }

  private async remindOfReviews(manager: EntityManager, timers: NotificationTimersRepository, today: string) {
    for (const review of await timers.reviewsToRemind(today, REVIEW_DUE_SOON_DAYS)) {
      const common = {
        recipientIds: [review.family_link_officer_id],
        subjectRef: review.case_reference,
        linkPath: '/dashboard',
        facts: { caseReference: review.case_reference, dueOn: formatCalendarDate(review.due_on) },
      };
      if (review.overdue)
        await this.notifier.notify(manager, {
          kind: 'annual_review_overdue',
          causeKey: `review-overdue:${review.id}`,
          ...common,
        });
      else
        await this.notifier.notify(manager, {
          kind: 'annual_review_due_soon',
          causeKey: `review-due-soon:${review.id}`,
          ...common,
        });
    }
  }

  private async remindOfDeadlines(
    manager: EntityManager,
    timers: NotificationTimersRepository,
    today: string,
  ) {
    for (const due of await timers.deadlinesThisWeek(today, STAGE_DEADLINES)) {
      await this.notifier.notify(manager, {
        kind: 'statutory_deadline_this_week',
        causeKey: `deadline:${due.request_id}:${due.stage}`,
        recipientIds: [due.family_link_officer_id],
        subjectRef: due.case_reference,
        linkPath: '/cases',
        facts: {
          caseReference: due.case_reference,
          deadline: due.deadline,
          dueOn: formatCalendarDate(due.due_on),
        },
      });
    }
  }

  /** Each person whose digest time has come today gets one email with everything waiting for it. */
  private async sendDigests(
    manager: EntityManager,
    timers: NotificationTimersRepository,
    now: Date,
    today: string,
  ) {
    const outbox = new OutboxRepository(manager);
    for (const person of await timers.digestsWaiting(today, DEFAULT_DIGEST_TIME)) {
      if (!isDigestTimeReached(now, person.digest_time)) continue;
      const waiting = await timers.waitingForDigest(person.user_id);
      const email = renderDigest(
        formatCalendarDate(today),
        waiting.map((n) => ({ title: n.title, paragraphs: [] })),
        signInLink(this.config.PUBLIC_URL, '/'),
      );
      const [queued] = await outbox.queue([
        {
          notificationId: null,
          recipientId: person.user_id,
          kind: 'digest',
          causeKey: `digest:${person.user_id}:${today}`,
          address: person.email,
          subject: email.subject,
          bodyText: email.text,
          bodyHtml: email.html,
          ics: null,
          messageId: newMessageId(this.config.MAIL_FROM),
        },
      ]);
      if (queued)
        await timers.markDigested(
          waiting.map((n) => n.id),
          queued,
        );
      await timers.noteDigestSent(person.user_id, today, DEFAULT_DIGEST_TIME);
    }
  }
}
