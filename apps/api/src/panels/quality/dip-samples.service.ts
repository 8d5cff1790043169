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
import { samplePlanReviews } from './sample-plan-reviews.query.js';

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
  ) {}

  async draw(user: SessionUser, body: DrawDipSampleDto): Promise<DipSampleView> {
    return this.dataSource.transaction(async (manager) => {
      let theme = body.theme?.trim() || null;
      if (body.meetingId) {
        const [meeting] = await manager.query(
          `SELECT m.kind, m.status, m.theme, mm.role FROM meetings m LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2 WHERE m.id = $1 FOR UPDATE OF m`,
          [body.meetingId, user.id],
        );
        if (!meeting || (meeting.role !== 'chair' && !hasRole(user, 'admin'))) throw new SampleNotFoundError('There is no such meeting that you chair.');
        if (meeting.kind !== 'quality' || meeting.status === 'ended') throw new SampleStateError('Plans are sampled for a Quality and Compliance Group meeting that has not ended.');
        theme ??= meeting.theme;
      }
      const subject = body.subject ?? 'plans';
      // The pool, each with its stratum: plans by the child's locality; returned advices by the agency that gave them.
      const pool: { id: string; locality: string; request_id: string }[] =
        subject === 'plans'
          ? await manager.query(
              `SELECT r.id, l.name AS locality, r.id AS request_id FROM ehc_requests r JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
                WHERE r.stage = 'final_issued'
                  AND NOT EXISTS (SELECT 1 FROM dip_sample_plans p JOIN dip_samples s ON s.id = p.sample_id
                                   WHERE p.request_id = r.id AND s.drawn_at > now() - make_interval(months => $1::int))`,
              [body.excludeMonths ?? 3],
            )
          : await manager.query(
              `SELECT a.id, g.name AS locality, a.request_id FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
                WHERE a.status = 'returned'
                  AND NOT EXISTS (SELECT 1 FROM dip_sample_advices p JOIN dip_samples s ON s.id = p.sample_id
                                   WHERE p.advice_request_id = a.id AND s.drawn_at > now() - make_interval(months => $1::int))`,
              [body.excludeMonths ?? 3],
            );
      if (pool.length === 0) throw new SampleStateError(`No ${subject === 'plans' ? 'plans' : 'returned advices'} are left to sample in that window.`);
      const seed = body.seed ?? randomInt(0, 2147483647);
      const sample = drawDipSample(pool, body.size, seed);
      const [row] = await manager.query(
        `INSERT INTO dip_samples (tier, subject, meeting_id, theme, seed, size, by_locality, drawn_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [body.tier, subject, body.meetingId ?? null, theme, seed, sample.planIds.length, JSON.stringify(sample.byLocality), user.id],
      );
      const table = subject === 'plans' ? 'dip_sample_plans (sample_id, request_id)' : 'dip_sample_advices (sample_id, advice_request_id)';
      for (const id of sample.planIds) await manager.query(`INSERT INTO ${table} VALUES ($1, $2)`, [row.id, id]);
      if (body.meetingId) {
        // One item per plan, or per advice (for its child's request, scored on the advice rubric).
        const requestOf = new Map(pool.map((p) => [p.id, p.request_id]));
        await new AgendaItemsRepository(manager).append(
          body.meetingId,
          sample.planIds.map((id) =>
            subject === 'plans' ? { kind: 'dip_sample', requestId: id } : { kind: 'advice_audit', requestId: requestOf.get(id)!, adviceRequestId: id },
          ),
        );
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'dip_sample.drawn',
        entityType: 'dip_sample',
        entityId: row.id,
        meetingId: body.meetingId ?? null,
        after: { tier: body.tier, subject, seed, size: sample.planIds.length, strata: sample.byLocality },
      });
      return this.view(manager, row.id, user.id);
    });
  }

  /** A sample with each plan's review as `user` may see it. */
  async get(user: SessionUser, sampleId: string): Promise<DipSampleView> {
    return this.view(this.dataSource.manager, sampleId, user.id);
  }

  private async view(manager: EntityManager, sampleId: string, userId: string): Promise<DipSampleView> {
    const [sample] = await manager.query(`SELECT s.*, u.display_name AS drawn_by_name FROM dip_samples s JOIN users u ON u.id = s.drawn_by WHERE s.id = $1`, [sampleId]);
    if (!sample) throw new SampleNotFoundError('There is no such dip sample.');
    const reviews = await samplePlanReviews(manager, sample, userId);
    const plans = await manager.query(
      `SELECT r.id AS request_id, c.id AS child_id, c.case_reference, l.name AS locality
         FROM dip_sample_plans p JOIN ehc_requests r ON r.id = p.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
        WHERE p.sample_id = $1 ORDER BY l.name, c.case_reference`,
      [sampleId],
    );
    const advices = await manager.query(
      `SELECT a.id AS advice_request_id, r.id AS request_id, c.id AS child_id, c.case_reference, g.name AS agency, a.advice_kind
         FROM dip_sample_advices p JOIN advice_requests a ON a.id = p.advice_request_id JOIN agencies g ON g.id = a.agency_id
         JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id
        WHERE p.sample_id = $1 ORDER BY g.name, c.case_reference`,
      [sampleId],
    );
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
      plans: plans.map((p: Record<string, string>) => ({
        requestId: p.request_id,
        childId: p.child_id,
        caseReference: p.case_reference,
        locality: p.locality,
        review: reviews.get(p.request_id!) ?? null,
      })),
      advices: advices.map((a: Record<string, string>) => ({
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
