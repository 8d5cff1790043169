import { Injectable } from '@nestjs/common';
import type { AnnualReviewView } from '@convene/contracts';
import {
  annualReviewDueOn,
  checkAmendedPlan,
  checkReviewDecision,
  checkReviewMeeting,
  currentReviewCycle,
  formatCalendarDate,
  reviewStanding,
  type ReviewProblem,
} from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import type { RecordAmendedPlanDto } from './dto/record-amended-plan.dto.js';
import type { RecordReviewDecisionDto } from './dto/record-review-decision.dto.js';
import type { RecordReviewMeetingDto } from './dto/record-review-meeting.dto.js';
import { assertMayRecord, lockChildPlan } from './plan-keeper.js';
import { reviewClockView, reviewCycleClock } from './review-clock-view.js';
import {
  AnnualReviewsRepository,
  type LockedReview,
  type ReviewCycleRecord,
} from './annual-reviews.repository.js';
import { AlreadyRecordedError, AnnualReviewNotFoundError, ReviewRuleError } from './reviews.errors.js';

const refuse = (problem: ReviewProblem | null) => {
  if (problem) throw new ReviewRuleError(problem.field, problem.message);
};

/** A child's annual reviews: the meeting, the Local Authority's decision, and an amended plan, each recorded once and audited. */
@Injectable()
export class AnnualReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Every year's review of the child's plans, the one now running first. */
  async list(user: SessionUser, childId: string): Promise<AnnualReviewView[]> {
    await this.access.assertCanSee(user, childId);
    const cycles = await new AnnualReviewsRepository(this.dataSource.manager).cycles({ childId });
    const today = todayInEngland();
    return cycles
      .sort((a, b) => (a.countsFrom < b.countsFrom ? 1 : a.countsFrom > b.countsFrom ? -1 : 0))
      .map((cycle) => toView(cycle, today));
  }

  /**
   * The meeting of the review now running: it fills that year's record, or opens it when nothing of it had been
   * recorded. The next year then counts from this meeting.
   */
  async recordMeeting(
    user: SessionUser,
    childId: string,
    body: RecordReviewMeetingDto,
  ): Promise<AnnualReviewView> {
    await this.access.assertCanSee(user, childId);
    const id = await this.dataSource.transaction(async (manager) => {
      const plan = await lockChildPlan(manager, childId, 'reviewMeetingOn');
      assertMayRecord(user, plan.familyLinkOfficerId);
      const reviews = new AnnualReviewsRepository(manager);
      const open = await reviews.openFor(plan.requestId);
      const held = await reviews.heldFor(plan.requestId);
      const current = open
        ? { countsFrom: open.counts_from, dueOn: annualReviewDueOn(open.counts_from) }
        : currentReviewCycle(
            plan.finalIssuedOn,
            held.map((h) => ({
              countsFrom: h.counts_from,
              reviewMeetingOn: h.review_meeting_on,
              decisionOutcome: h.decision_outcome,
            })),
          );
      if (current === null)
        throw new ReviewRuleError(
          'reviewMeetingOn',
          'The last review decided to cease the plan: no further review is due.',
        );
      refuse(
        checkReviewMeeting({
          countsFrom: current.countsFrom,
          reviewMeetingOn: body.reviewMeetingOn,
          today: todayInEngland(),
        }),
      );
      let reviewId: string;
      if (open) {
        reviewId = open.id;
        await reviews.recordMeeting(open.id, body.reviewMeetingOn, user.id);
      } else {
        reviewId = await reviews.openWithMeeting({
          childId,
          requestId: plan.requestId,
          countsFrom: current.countsFrom,
          dueOn: current.dueOn,
          reviewMeetingOn: body.reviewMeetingOn,
          recordedBy: user.id,
        });
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'annual_review.meeting_recorded',
        entityType: 'annual_review',
        entityId: reviewId,
        before: open ? { reviewMeetingOn: null } : null,
        after: {
          childId,
          requestId: plan.requestId,
          countsFrom: current.countsFrom,
          dueOn: current.dueOn,
          reviewMeetingOn: body.reviewMeetingOn,
        },
      });
      return reviewId;
    });
    return this.view(id);
  }

  /** reg 20(10): the Local Authority's decision to keep, amend or cease the plan, after the meeting. */
  async recordDecision(
    user: SessionUser,
    reviewId: string,
    body: RecordReviewDecisionDto,
  ): Promise<AnnualReviewView> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, user, reviewId);
      if (review.decision_on)
        throw new AlreadyRecordedError(
          `The decision after this review was recorded on ${formatCalendarDate(review.decision_on)}.`,
        );
      refuse(
        checkReviewDecision({
          reviewMeetingOn: review.review_meeting_on,
          decisionOn: body.decisionOn,
          today: todayInEngland(),
        }),
      );
      await new AnnualReviewsRepository(manager).recordDecision(
        reviewId,
        body.decisionOn,
        body.outcome,
        user.id,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'annual_review.decision_recorded',
        entityType: 'annual_review',
        entityId: reviewId,
        before: { decisionOn: null, decisionOutcome: null },
        after: { decisionOn: body.decisionOn, decisionOutcome: body.outcome },
      });
    });
    return this.view(reviewId);
  }

  /** reg 22(3): the amended plan after a decision to amend. */
  async recordAmendedPlan(
    user: SessionUser,
    reviewId: string,
    body: RecordAmendedPlanDto,
  ): Promise<AnnualReviewView> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, user, reviewId);
      if (review.amended_plan_issued_on)
        throw new AlreadyRecordedError(
          `The amended plan after this review was recorded as issued on ${formatCalendarDate(review.amended_plan_issued_on)}.`,
        );
      const decision = review.decision_on
        ? { on: review.decision_on, outcome: review.decision_outcome! }
        : null;
      refuse(
        checkAmendedPlan({
          decision,
          amendedPlanIssuedOn: body.amendedPlanIssuedOn,
          today: todayInEngland(),
        }),
      );
      await new AnnualReviewsRepository(manager).recordAmendedPlan(
        reviewId,
        body.amendedPlanIssuedOn,
        user.id,
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'annual_review.amended_plan_issued',
        entityType: 'annual_review',
        entityId: reviewId,
        before: { amendedPlanIssuedOn: null },
        after: { amendedPlanIssuedOn: body.amendedPlanIssuedOn },
      });
    });
    return this.view(reviewId);
  }

  /** Reads and locks a review the caller may see and record on; one they may not see is not there for them. */
  private async lock(manager: EntityManager, user: SessionUser, reviewId: string): Promise<LockedReview> {
    const review = await new AnnualReviewsRepository(manager).lock(reviewId);
    if (!review) throw new AnnualReviewNotFoundError();
    await this.access.assertCanSee(user, review.child_id).catch(() => {
      throw new AnnualReviewNotFoundError();
    });
    assertMayRecord(user, review.family_link_officer_id);
    return review;
  }

  private async view(reviewId: string): Promise<AnnualReviewView> {
    const reviews = new AnnualReviewsRepository(this.dataSource.manager);
    const cycles = await reviews.cycles({ childId: await reviews.childOf(reviewId) });
    return toView(
      cycles.find((c) => c.id === reviewId)!,
      todayInEngland(),
    );
  }
}

function toView(cycle: ReviewCycleRecord, today: string): AnnualReviewView {
  const milestones = reviewCycleClock(cycle, today);
  return {
    id: cycle.id,
    requestId: cycle.requestId,
    countsFrom: cycle.countsFrom,
    dueOn: cycle.dueOn,
    reviewMeetingOn: cycle.reviewMeetingOn,
    decisionOn: cycle.decisionOn,
    decisionOutcome: cycle.decisionOutcome,
    amendedPlanIssuedOn: cycle.amendedPlanIssuedOn,
    standing: reviewStanding(cycle, today),
    clock: reviewClockView(
      `annual review of the year from ${formatCalendarDate(cycle.countsFrom)}`,
      milestones,
    ),
    recordedBy: cycle.recordedBy,
  };
}
