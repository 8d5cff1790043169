import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { CaseAction } from '../actions/action.entity.js';
import { AdviceRequest } from '../cases/advice-request.entity.js';
import { Child } from '../cases/child.entity.js';
import { ParentCarer } from '../cases/parent-carer.entity.js';
import { PlanSection } from '../cases/plans/plan-section.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { Placement } from '../cases/placement.entity.js';
import { Locality } from '../cases/localities/locality.entity.js';
import { RequestEvent } from '../cases/request-event.entity.js';
import { StatutoryException } from '../cases/statutory-exception.entity.js';
import { SecretBox } from '../common/secrets/secret-box.js';
import { AppConfig } from '../config/app-config.js';
import { Agency } from '../identity/agency.entity.js';
import { SecondFactor } from '../identity/two-step/second-factor.entity.js';
import { sealTwoStepSecret } from '../identity/two-step/two-step-secret.js';
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
import { DemoCouncilRepository } from './demo-council.repository.js';
import { loadDemoDisagreements } from './demo-disagreements.js';
import { loadDemoFamily, loadDemoYouSaidWeDid } from './demo-family.js';
import { DEMO_LOGIN_EMAILS } from './demo-staff.js';
import { loadWeeklyOrdersAgendas } from './demo-weekly-orders-agendas.js';
import { DelegationRule } from '../meetings/delegation/delegation-rule.entity.js';
import { DEMO_DELEGATION_SCHEME } from './demo-delegation.js';

/** Every demo login shares this password; the README lists the logins. */
export const DEMO_PASSWORD = 'convene-demo';
/**
 * Administrators must sign in in two steps, so the demo administrator has an authenticator app already set up with
 * this published secret (README, "Demo logins"). Demo data only: anyone can compute its codes.
 */
export const DEMO_TWO_STEP_SECRET = 'CONVENEDEMOADMINTWOSTEPSIGNIN234';
const LOAD_LOCK = 0x434f4e56; // one node loads; any other waits, then finds the records there
const CHUNK = 500;

export type DemoLoadResult =
  { loaded: true; counts: Record<string, number> } | { loaded: false; reason: string };

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
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.DEMO_DATA !== 'auto') return;
    const result = await this.loadIfEmpty(todayInEngland());
    if (result.loaded) {
      this.logger.log(
        `demo council loaded: ${Object.entries(result.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
    } else {
      this.logger.log(`demo council not loaded: ${result.reason}`);
    }
  }

  async loadIfEmpty(today: string): Promise<DemoLoadResult> {
    return this.dataSource.transaction(async (manager) => {
      const council = new DemoCouncilRepository(manager);
      await council.lockForLoading(LOAD_LOCK);
      if (await council.hasRecords()) return { loaded: false, reason: 'the database already holds records' };
      const demo = generateDemoCouncil(today);
      const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
      await insertAll(manager, Agency, demo.agencies);
      await insertAll(manager, Locality, demo.localities);
      await insertAll(
        manager,
        User,
        demo.users.map((u) => ({ ...u, passwordHash })),
      );
      await insertAll(
        manager,
        SecondFactor,
        demo.users
          .filter((u) => u.roles.includes('admin'))
          .map((u) => ({
            userId: u.id,
            secret: sealTwoStepSecret(this.box, u.id, DEMO_TWO_STEP_SECRET),
            confirmedAt: new Date(),
          })),
      );
      await insertAll(manager, Child, demo.children);
      await insertAll(manager, EhcRequest, demo.requests);
      await insertAll(manager, RequestEvent, demo.requestEvents);
      await insertAll(manager, AdviceRequest, demo.adviceRequests);
      await insertAll(manager, StatutoryException, demo.exceptions);
      await insertAll(manager, Meeting, demo.meetings);
      await insertAll(manager, MeetingMember, demo.meetingMembers);
      await insertAll(manager, PanelRequest, demo.panelRequests);
      await insertAll(manager, AgendaItem, demo.agendaItems);
      await insertAll(manager, MeetingGroup, demo.meetingGroups);
      await insertAll(manager, MeetingGroupMember, demo.meetingGroupMembers);
      await insertAll(manager, Child, demo.earlierPlans.children);
      await insertAll(manager, EhcRequest, demo.earlierPlans.requests);
      await insertAll(manager, RequestEvent, demo.earlierPlans.requestEvents);
      await insertAll(manager, ParentCarer, demo.parentCarers);
      await insertAll(manager, PlanSection, demo.planSections);
      await insertAll(manager, AnnualReview, demo.annualReviews);
      await insertAll(manager, PhaseTransfer, demo.phaseTransfers);
      await insertAll(manager, CaseAction, demo.actions);
      await loadDemoDisagreements(manager, demo, today);
      await insertAll(manager, Placement, demo.placements);
      const weeklyOrdersItems = await loadWeeklyOrdersAgendas(
        manager,
        demo.meetings.filter((m) => m.kind === 'weekly_orders'),
        demo.users.find((u) => u.email === DEMO_LOGIN_EMAILS.chair)!.id,
      );
      await insertAll(manager, DelegationRule, [...DEMO_DELEGATION_SCHEME]);
      await loadDemoFamily(manager, demo, today);
      await loadDemoYouSaidWeDid(manager, demo, today);
      return {
        loaded: true,
        counts: {
          users: demo.users.length,
          children: demo.children.length,
          requests: demo.requests.length,
          'advice requests': demo.adviceRequests.length,
          meetings: demo.meetings.length,
          'agenda items': demo.agendaItems.length + weeklyOrdersItems,
          'annual reviews': demo.annualReviews.length,
          'phase transfers': demo.phaseTransfers.length,
          actions: demo.actions.length,
          'plan sections': demo.planSections.length,
          placements: demo.placements.length,
        },
      };
    });
  }
}

async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
  }
}
