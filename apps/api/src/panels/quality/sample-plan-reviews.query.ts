import type { RevealedScore, SamplePlanReview } from '@convene/contracts';
import type { EntityManager } from 'typeorm';
import { itemQuality } from '../../meetings/engine/plan-scores.js';
import { VotesRepository } from '../../meetings/votes.repository.js';

type Query = Pick<EntityManager, 'query'>;
type NamedScore = RevealedScore & { reviewerName: string };

/** Each reviewer's latest score of each plan in a seniors' sample, with their name. */
export async function latestSampleScores(manager: Query, sampleId: string): Promise<Map<string, NamedScore[]>> {
  const rows = await manager.query(
    `SELECT DISTINCT ON (s.request_id, s.reviewer_id) s.request_id, s.reviewer_id, u.display_name, s.grade, s.computed_grade, s.override_reason, s.met_criteria
       FROM plan_scores s JOIN users u ON u.id = s.reviewer_id
      WHERE s.sample_id = $1
      ORDER BY s.request_id, s.reviewer_id, s.submitted_at DESC, s.id DESC`,
    [sampleId],
  );
  const byPlan = new Map<string, NamedScore[]>();
  for (const row of rows) {
    byPlan.set(row.request_id, [
      ...(byPlan.get(row.request_id) ?? []),
      { reviewerId: row.reviewer_id, reviewerName: row.display_name, grade: row.grade, computedGrade: row.computed_grade, overrideReason: row.override_reason, metCriterionIds: row.met_criteria },
    ]);
  }
  return byPlan;
}

/**
 * Each plan's review in a seniors' (tier 2) sample, as `userId` may see it: their own score always; everyone's,
 * with the disagreement flag, only once the owner has revealed them (the room's rule, `itemQuality`).
 */
async function seniorReviews(manager: Query, sampleId: string, userId: string): Promise<Map<string, SamplePlanReview>> {
  const [plans, scores] = await Promise.all([
    manager.query(
      `SELECT p.request_id, p.revealed_at, d.grade, d.feedback, d.moderated_at, d.moderated_by, u.display_name AS moderator
         FROM dip_sample_plans p LEFT JOIN dip_sample_moderations d ON d.sample_id = p.sample_id AND d.request_id = p.request_id
         LEFT JOIN users u ON u.id = d.moderated_by
        WHERE p.sample_id = $1`,
      [sampleId],
    ),
    latestSampleScores(manager, sampleId),
  ]);
  const reviews = new Map<string, SamplePlanReview>();
  for (const plan of plans) {
    const all = scores.get(plan.request_id) ?? [];
    const revealed = plan.revealed_at !== null;
    const quality = itemQuality(all, revealed, userId);
    reviews.set(plan.request_id, {
      state: plan.grade ? 'moderated' : revealed ? 'revealed' : quality.yourScore ? 'scored' : 'to_score',
      scoreCount: all.length,
      yourScore: quality.yourScore,
      scores: revealed ? all : null,
      disagreement: quality.disagreement,
      moderation: plan.grade
        ? { grade: plan.grade, feedback: plan.feedback, moderatedBy: { id: plan.moderated_by, displayName: plan.moderator }, moderatedAt: new Date(plan.moderated_at).toISOString() }
        : null,
    });
  }
  return reviews;
}

/**
 * Each plan's review in the group's (tier 3) sample, from its meeting's agenda: the scores themselves are shown
 * in the room, to its members; here only where the plan stands, the person's own score and the moderated grade.
 */
async function meetingReviews(manager: Query, meetingId: string, userId: string): Promise<Map<string, SamplePlanReview>> {
  const items = await manager.query(
    `SELECT a.id, a.request_id, a.voting_status, a.status, a.outcome, a.decided_at, a.decided_by, u.display_name AS decider
       FROM agenda_items a LEFT JOIN users u ON u.id = a.decided_by
      WHERE a.meeting_id = $1 AND a.kind = 'dip_sample'`,
    [meetingId],
  );
  const scores = await new VotesRepository(manager).latestScores(items.map((i: { id: string }) => i.id));
  const reviews = new Map<string, SamplePlanReview>();
  for (const item of items) {
    const all = scores.get(item.id) ?? [];
    const { yourScore } = itemQuality(all, false, userId);
    const moderated = item.status === 'decided' && item.outcome !== null;
    reviews.set(item.request_id, {
      state: moderated ? 'moderated' : item.voting_status === 'revealed' ? 'revealed' : yourScore ? 'scored' : 'to_score',
      scoreCount: all.length,
      yourScore,
      scores: null,
      disagreement: null,
      moderation: moderated
        ? { grade: item.outcome, feedback: null, moderatedBy: item.decided_by ? { id: item.decided_by, displayName: item.decider } : null, moderatedAt: new Date(item.decided_at).toISOString() }
        : null,
    });
  }
  return reviews;
}

/** Each plan's review in a sample of plans, by request id. */
export function samplePlanReviews(manager: Query, sample: { id: string; tier: string; meeting_id: string | null }, userId: string): Promise<Map<string, SamplePlanReview>> {
  if (sample.tier === 'senior') return seniorReviews(manager, sample.id, userId);
  return sample.meeting_id ? meetingReviews(manager, sample.meeting_id, userId) : Promise.resolve(new Map());
}
