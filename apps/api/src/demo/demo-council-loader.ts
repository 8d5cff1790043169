import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AdviceRequest } from '../cases/advice-request.entity.js';
import { Child } from '../cases/child.entity.js';
import { ParentCarer } from '../cases/parent-carer.entity.js';
import { PlanSection } from '../cases/plans/plan-section.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { Locality } from '../cases/locality.entity.js';
import { RequestEvent } from '../cases/request-event.entity.js';
import { StatutoryException } from '../cases/statutory-exception.entity.js';
import { AppConfig } from '../config/app-config.js';
import { Agency } from '../identity/agency.entity.js';
import { User } from '../identity/user.entity.js';
import { PanelRequest } from '../panels/decision-making/panel-requests/panel-request.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { MeetingGroupMember } from '../meetings/meeting-group-member.entity.js';
import { MeetingGroup } from '../meetings/meeting-group.entity.js';
import { MeetingMember } from '../meetings/meeting-member.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { AnnualReview } from '../reviews/annual-review.entity.js';
import { PhaseTransfer } from '../reviews/phase-transfer.entity.js';
import { todayInEngland } from '../common/today.js';
import { generateDemoCouncil } from './demo-council.js';

/** Every demo login shares this password; the README lists the logins. */
export const DEMO_PASSWORD = 'convene-demo';
const LOAD_LOCK = 0x434f4e56; // one node loads; any other waits, then finds the records there
const CHUNK = 500;

export type DemoLoadResult = { loaded: true; counts: Record<string, number> } | { loaded: false; reason: string };

/**
 * Loads the demo council into an empty database, once. It never writes over real records: if any
 * user or child exists, it does nothing.
 */
@Injectable()
export class DemoCouncilLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoCouncil');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.DEMO_DATA !== 'auto') return;
    const result = await this.loadIfEmpty(todayInEngland());
    if (result.loaded) {
      this.logger.log(`demo council loaded: ${Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    } else {
      this.logger.log(`demo council not loaded: ${result.reason}`);
    }
  }

  async loadIfEmpty(today: string): Promise<DemoLoadResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [LOAD_LOCK]);
      const [{ has_records: hasRecords }] = await manager.query(
        'SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM children) AS has_records',
      );
      if (hasRecords) return { loaded: false, reason: 'the database already holds records' };
      const council = generateDemoCouncil(today);
      const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
      await insertAll(manager, Agency, council.agencies);
      await insertAll(manager, Locality, council.localities);
      await insertAll(manager, User, council.users.map((u) => ({ ...u, passwordHash })));
      await insertAll(manager, Child, council.children);
      await insertAll(manager, EhcRequest, council.requests);
      await insertAll(manager, RequestEvent, council.requestEvents);
      await insertAll(manager, AdviceRequest, council.adviceRequests);
      await insertAll(manager, StatutoryException, council.exceptions);
      await insertAll(manager, Meeting, council.meetings);
      await insertAll(manager, MeetingMember, council.meetingMembers);
      await insertAll(manager, PanelRequest, council.panelRequests);
      await insertAll(manager, AgendaItem, council.agendaItems);
      await insertAll(manager, MeetingGroup, council.meetingGroups);
      await insertAll(manager, MeetingGroupMember, council.meetingGroupMembers);
      await insertAll(manager, Child, council.earlierPlans.children);
      await insertAll(manager, EhcRequest, council.earlierPlans.requests);
      await insertAll(manager, RequestEvent, council.earlierPlans.requestEvents);
      await insertAll(manager, ParentCarer, council.parentCarers);
      await insertAll(manager, PlanSection, council.planSections);
      await insertAll(manager, AnnualReview, council.annualReviews);
      await insertAll(manager, PhaseTransfer, council.phaseTransfers);
      return {
        loaded: true,
        counts: {
          users: council.users.length,
          children: council.children.length,
          requests: council.requests.length,
          'advice requests': council.adviceRequests.length,
          meetings: council.meetings.length,
          'agenda items': council.agendaItems.length,
          'annual reviews': council.annualReviews.length,
          'phase transfers': council.phaseTransfers.length,
          'plan sections': council.planSections.length,
        },
      };
    });
  }
}

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + CHUNK) as T[]).updateEntity(false).execute();
  }
}
