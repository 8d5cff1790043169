import { Injectable } from '@nestjs/common';
import type { SamplePlanReview } from '@convene/contracts';
import { isScoreProblem, scoreOnCriteria } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import { ValidationFailedException } from '../../common/validation.js';
import type { SessionUser } from '../../identity/session-user.js';
import { SampleNotFoundError, SampleStateError } from './dip-samples.service.js';
import type { ModerateSamplePlanDto, ScoreSamplePlanDto } from './dip-sample-reviews.dto.js';
import { DipSamplesRepository, type LockedSamplePlan } from './dip-samples.repository.js';
import { QualityFrameworkRepository } from './quality-framework.repository.js';
import { samplePlanReviews } from './sample-plan-reviews.js';

class NotTheSampleOwnerError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
}

/**
 * Seniors' (tier 2) dip samples reviewed between meetings, with the room's mechanics: each senior scores each
 * plan privately (the same rule as `score.submit`); the person who drew the sample reveals every score of a plan
 * at once; reviewers two grades or more apart are flagged; the owner records the moderated grade with feedback
 * for the plan's writer. Scores are kept, never changed: the latest counts until the reveal, then none may follow.
 */
@Injectable()
export class SamplePlanReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async score(
    user: SessionUser,
    sampleId: string,
    requestId: string,
    body: ScoreSamplePlanDto,
  ): Promise<SamplePlanReview> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockSeniorPlan(manager, sampleId, requestId);
      if (plan.moderated)
        throw new SampleStateError('This plan’s moderated grade is recorded: its scores are final.');
      if (plan.revealed_at)
        throw new SampleStateError('The scores of this plan are revealed: they can no longer change.');
      const criteria = await new QualityFrameworkRepository(manager).activeWeights();
      if (criteria.length === 0)
        throw new SampleStateError('The quality framework has no active criteria to score against.');
      const scored = scoreOnCriteria(criteria, body);
      if (isScoreProblem(scored))
        throw new ValidationFailedException([{ field: scored.field, messages: [scored.message] }]);
      const scoreId = await new DipSamplesRepository(manager).score(sampleId, requestId, user.id, {
        metCriterionIds: body.metCriterionIds,
        computedGrade: scored.computedGrade,
        grade: scored.grade,
        overrideReason: scored.overrideReason,
      });
      // Like a vote, the record says a score was given, never what: plan_scores keeps the grade, hidden until the reveal.
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'dip_sample.plan_scored',
        entityType: 'dip_sample',
        entityId: sampleId,
        after: { requestId, scoreId, reviewerId: user.id },
      });
      return this.review(manager, sampleId, requestId, user.id);
    });
  }

  async reveal(user: SessionUser, sampleId: string, requestId: string): Promise<SamplePlanReview> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockSeniorPlan(manager, sampleId, requestId);
      this.requireOwner(plan, user, 'reveals the scores');
      if (plan.revealed_at) throw new SampleStateError('The scores of this plan are already revealed.');
      const samples = new DipSamplesRepository(manager);
      const scores = (await samples.latestScores(sampleId)).get(requestId) ?? [];
      if (scores.length === 0)
        throw new SampleStateError('Nobody has scored this plan yet: there is nothing to reveal.');
      await samples.reveal(sampleId, requestId, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'dip_sample.scores_revealed',
        entityType: 'dip_sample',
        entityId: sampleId,
        before: { requestId, revealed: false },
        after: {
          requestId,
          revealed: true,
          grades: scores.map((s) => ({ reviewerId: s.reviewerId, grade: s.grade })),
        },
      });
      return this.review(manager, sampleId, requestId, user.id);
    });
  }

  async moderate(
    user: SessionUser,
    sampleId: string,
    requestId: string,
    body: ModerateSamplePlanDto,
  ): Promise<SamplePlanReview> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockSeniorPlan(manager, sampleId, requestId);
      this.requireOwner(plan, user, 'records the moderated grade');
      if (plan.moderated) throw new SampleStateError('The moderated grade of this plan is already recorded.');
      if (!plan.revealed_at)
        throw new SampleStateError('Reveal the scores before recording the moderated grade.');
      const feedback = body.feedback.trim();
      if (feedback.length < 3)
        throw new ValidationFailedException([
          { field: 'feedback', messages: ['Give the plan’s writer some feedback'] },
        ]);
      await new DipSamplesRepository(manager).moderate(sampleId, requestId, body.grade, feedback, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'dip_sample.plan_moderated',
        entityType: 'dip_sample',
        entityId: sampleId,
        after: { requestId, grade: body.grade, feedback },
      });
      return this.review(manager, sampleId, requestId, user.id);
    });
  }

  /** The plan, locked until the transaction ends so that a score, the reveal and the moderation cannot cross. */
  private async lockSeniorPlan(
    manager: EntityManager,
    sampleId: string,
    requestId: string,
  ): Promise<LockedSamplePlan> {
    const plan = await new DipSamplesRepository(manager).lockPlan(sampleId, requestId);
    if (!plan) throw new SampleNotFoundError('There is no such plan in that dip sample.');
    if (plan.tier !== 'senior')
      throw new SampleStateError(
        'A plan sampled for the group’s meeting is scored and moderated in the meeting.',
      );
    return plan;
  }

  private requireOwner(plan: LockedSamplePlan, user: SessionUser, does: string): void {
    if (plan.drawn_by !== user.id)
      throw new NotTheSampleOwnerError(`Only the person who drew the sample ${does}.`);
  }

  private async review(
    manager: EntityManager,
    sampleId: string,
    requestId: string,
    userId: string,
  ): Promise<SamplePlanReview> {
    const reviews = await samplePlanReviews(
      manager,
      { id: sampleId, tier: 'senior', meeting_id: null },
      userId,
    );
    return reviews.get(requestId)!;
  }
}
