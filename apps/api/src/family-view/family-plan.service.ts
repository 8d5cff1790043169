import { Injectable } from '@nestjs/common';
import type { FamilyChild, FamilyPlan, SendDraftComments, SentDraftComments } from '@convene/contracts';
import { draftCommentWindow, EHC_PLAN_SECTIONS, PLAN_SECTION_WORDS_FOR_FAMILIES } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { EhcPlansRepository } from '../cases/plans/ehc-plans.repository.js';
import { todayInEngland } from '../common/today.js';
import { FamilyLinksRepository } from '../family/family-links.repository.js';
import type { SessionUser } from '../identity/session-user.js';
import { DraftPlanCommentsRepository } from './draft-plan-comments.repository.js';
import { DraftCommentsClosedError, FamilyPlanNotFoundError } from './family-plan.errors.js';
import { FamilyPlanRepository } from './family-plan.repository.js';

/**
 * The child's plan as their family reads it: the draft while it waits on the final (with the 15 days to say what
 * they think and name a school, reg 13(1)), then the final plan. Only for a child the account covers now; each
 * reading and each comment in the audit trail.
 */
@Injectable()
export class FamilyPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  read(user: SessionUser, childId: string): Promise<FamilyPlan> {
    return this.dataSource.transaction(async (manager) => {
      const child = await coveredChild(manager, user, childId);
      const plans = new FamilyPlanRepository(manager);
      const request = await plans.latestOfChild(childId);
      const issuedOn = request?.finalIssuedOn ?? request?.draftIssuedOn;
      if (!request || !issuedOn) throw new FamilyPlanNotFoundError();
      const texts = new Map(
        (await new EhcPlansRepository(manager).sections(request.requestId)).map((s) => [s.section, s.text]),
      );
      const yourComments = await new DraftPlanCommentsRepository(manager).sentBy(request.requestId, user.id);
      const familyLinkOfficer = await plans.familyLinkOfficer(childId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.plan_viewed',
        entityType: 'ehc_request',
        entityId: request.requestId,
      });
      return {
        child,
        kind: request.finalIssuedOn ? 'final' : 'draft',
        issuedOn,
        sections: EHC_PLAN_SECTIONS.map((section) => ({
          section,
          heading: PLAN_SECTION_WORDS_FOR_FAMILIES[section],
          text: texts.get(section) ?? null,
        })),
        commentWindow: request.finalIssuedOn
          ? null
          : draftCommentWindow(request.stage, request.draftIssuedOn, todayInEngland()),
        yourComments,
        familyLinkOfficer,
      };
    });
  }

  /** Stores the family's comments on the draft, while its days to comment last; refused, changing nothing, after. */
  comment(user: SessionUser, childId: string, sent: SendDraftComments): Promise<SentDraftComments> {
    return this.dataSource.transaction(async (manager) => {
      await coveredChild(manager, user, childId);
      const request = await new FamilyPlanRepository(manager).latestOfChild(childId, true);
      const window =
        request && !request.finalIssuedOn
          ? draftCommentWindow(request.stage, request.draftIssuedOn, todayInEngland())
          : null;
      if (!request || !window?.open) throw new DraftCommentsClosedError();
      const stored = await new DraftPlanCommentsRepository(manager).add({
        requestId: request.requestId,
        childId,
        userId: user.id,
        comments: sent.comments.trim(),
        preferredSchool: sent.preferredSchool?.trim() ?? null,
      });
      // The link was read in this transaction a moment ago; without it now, the child is not theirs.
      if (!stored) throw new FamilyPlanNotFoundError();
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.draft_commented',
        entityType: 'ehc_request',
        entityId: request.requestId,
        // The comments' words stay in their own table: they may name the child.
        after: { draftPlanCommentId: stored.id, preferredSchoolNamed: stored.preferredSchool !== null },
      });
      return stored;
    });
  }
}

/** The child, if the account covers them now; otherwise the same answer as for a child that does not exist. */
async function coveredChild(
  manager: EntityManager,
  user: SessionUser,
  childId: string,
): Promise<FamilyChild> {
  const child = (await new FamilyLinksRepository(manager).childrenOf(user.id)).find((c) => c.id === childId);
  if (!child) throw new FamilyPlanNotFoundError();
  return child;
}
