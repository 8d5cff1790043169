import { Injectable } from '@nestjs/common';
import type { DipSampleView } from '@convene/contracts';
import { drawDipSample } from '@convene/domain';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import { DomainError } from '../../common/domain-error.js';
import { hasRole, type SessionUser } from '../../identity/session-user.js';
import type { DrawDipSampleDto } from './quality.dto.js';
import { MeetingsRepository } from '../../meetings/meetings.repository.js';
import { Notifier } from '../../notifications/notifier.js';
import { NoticeSubjectsRepository } from '../../notifications/causes/notice-subjects.repository.js';
import { DipSamplesRepository } from './dip-samples.repository.js';
import { samplePlanReviews } from './sample-plan-reviews.js';

export class SampleNotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
}

export class SampleStateError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
}

/**
 * Dip samples: plans drawn at random, stratified by locality, leaving out plans sampled in the last few
 * months. The seed is recorded, so anyone can draw the same plans again. A sample for the multi-agency
 * group's meeting puts one item per plan on its agenda, scored privately and moderated in the room.
 */
@Injectable()
export class DipSamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  async draw(user: SessionUser, body: DrawDipSampleDto): Promise<DipSampleView> {
    return this.dataSource.transaction(async (manager) => {
      let theme = body.theme?.trim() || null;
      if (body.meetingId) {
        const meeting = await new MeetingsRepository(manager).lockFor(body.meetingId, user.id);
        if (!meeting || (meeting.role !== 'chair' && !hasRole(user, 'admin')))
          throw new SampleNotFoundError('There is no such meeting that you chair.');
        if (meeting.kind !== 'quality' || meeting.status === 'ended')
          throw new SampleStateError(
            'Plans are sampled for a Quality and Compliance Group meeting that has not ended.',
          );
        theme ??= meeting.theme;
      }
      const subject = body.subject ?? 'plans';
      // The pool, each with its stratum: plans by the child's locality; returned advices by the agency that gave them.
      const samples = new DipSamplesRepository(manager);
      const pool =
        subject === 'plans'
          ? await samples.plansToDraw(body.excludeMonths ?? 3)
          : await samples.advicesToDraw(body.excludeMonths ?? 3);
      if (pool.length === 0)
        throw new SampleStateError(
          `No ${subject === 'plans' ? 'plans' : 'returned advices'} are left to sample in that window.`,
        );
      const seed = body.seed ?? randomInt(0, 2147483647);
      const sample = drawDipSample(pool, body.size, seed);
      const sampleId = await samples.create(
        {
          tier: body.tier,
          subject,
          meetingId: body.meetingId ?? null,
          theme,
          seed,
          size: sample.planIds.length,
          byLocality: sample.byLocality,
          drawnBy: user.id,
        },
        sample.planIds,
      );
      if (body.meetingId) {
        // One item per plan, or per advice (for its child's request, scored on the advice rubric).
        const requestOf = new Map(pool.map((p) => [p.id, p.request_id]));
        await new AgendaItemsRepository(manager).append(
          body.meetingId,
          sample.planIds.map((id) =>
            subject === 'plans'
              ? { kind: 'dip_sample', requestId: id }
              : { kind: 'advice_audit', requestId: requestOf.get(id)!, adviceRequestId: id },
          ),
        );
        await this.tellScorers(manager, body.meetingId, sampleId, sample.planIds.length);
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'dip_sample.drawn',
        entityType: 'dip_sample',
        entityId: sampleId,
        meetingId: body.meetingId ?? null,
        after: { tier: body.tier, subject, seed, size: sample.planIds.length, strata: sample.byLocality },
      });
      return this.view(manager, sampleId, user.id);
    });
  }

  /** The meeting's members who score (its members and chair) hear that the sample waits for their scores. */
  private async tellScorers(manager: EntityManager, meetingId: string, sampleId: string, plans: number) {
    const meeting = await new NoticeSubjectsRepository(manager).meeting(meetingId);
    if (!meeting) return;
    await this.notifier.notify(manager, {
      kind: 'dip_sample_waiting',
      causeKey: `dip-sample:${sampleId}`,
      recipientIds: meeting.members
        .filter((m) => m.role === 'member' || m.role === 'chair')
        .map((m) => m.user_id),
      subjectRef: meetingId,
      linkPath: `/quality/dip-samples/${sampleId}`,
      facts: { meetingTitle: meeting.title, plans },
    });
  }

  /** A sample with each plan's review as `user` may see it. */
  async get(user: SessionUser, sampleId: string): Promise<DipSampleView> {
    return this.view(this.dataSource.manager, sampleId, user.id);
  }

  private async view(manager: EntityManager, sampleId: string, userId: string): Promise<DipSampleView> {
    const samples = new DipSamplesRepository(manager);
    const sample = await samples.find(sampleId);
    if (!sample) throw new SampleNotFoundError('There is no such dip sample.');
    const reviews = await samplePlanReviews(manager, sample, userId);
    const plans = await samples.plansIn(sampleId);
    const advices = await samples.advicesIn(sampleId);
    return {
      id: sample.id,
      subject: sample.subject,
      tier: sample.tier,
      seed: Number(sample.seed),
      size: sample.size,
      theme: sample.theme,
      meetingId: sample.meeting_id,
      byLocality: sample.by_locality,
      drawnAt: new Date(sample.drawn_at).toISOString(),
      drawnBy: { id: sample.drawn_by, displayName: sample.drawn_by_name },
      plans: plans.map((p) => ({
        requestId: p.request_id,
        childId: p.child_id,
        caseReference: p.case_reference,
        locality: p.locality,
        review: reviews.get(p.request_id) ?? null,
      })),
      advices: advices.map((a) => ({
        adviceRequestId: a.advice_request_id,
        requestId: a.request_id,
        childId: a.child_id,
        caseReference: a.case_reference,
        agency: a.agency,
        adviceKind: a.advice_kind,
      })),
    };
  }
}
