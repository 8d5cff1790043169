import type { SamplePlanReview } from '@convene/contracts';
import type { EntityManager } from 'typeorm';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import { itemQuality } from './plan-scores.js';
import { VotesRepository } from '../../meetings/votes.repository.js';
import { DipSamplesRepository } from './dip-samples.repository.js';

/**
 * Each plan's review in a seniors' (tier 2) sample, as `userId` may see it: their own score always; everyone's,
 * with the disagreement flag, only once the owner has revealed them (the room's rule, `itemQuality`).
 */
async function seniorReviews(
  manager: EntityManager,
  sampleId: string,
  userId: string,
): Promise<Map<string, SamplePlanReview>> {
  const samples = new DipSamplesRepository(manager);
  const [plans, scores] = await Promise.all([samples.seniorPlans(sampleId), samples.latestScores(sampleId)]);
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
        ? {
            grade: plan.grade,
            feedback: plan.feedback,
            moderatedBy: { id: plan.moderated_by, displayName: plan.moderator },
            moderatedAt: new Date(plan.moderated_at).toISOString(),
          }
        : null,
    });
  }
  return reviews;
}

/**
 * Each plan's review in the group's (tier 3) sample, from its meeting's agenda: the scores themselves are shown
 * in the room, to its members; here only where the plan stands, the person's own score and the moderated grade.
 */
async function meetingReviews(
  manager: EntityManager,
  meetingId: string,
  userId: string,
): Promise<Map<string, SamplePlanReview>> {
  const items = await new AgendaItemsRepository(manager).sampledPlansIn(meetingId);
  const scores = await new VotesRepository(manager).latestScores(items.map((i) => i.id));
  const reviews = new Map<string, SamplePlanReview>();
  for (const item of items) {
    const all = scores.get(item.id) ?? [];
    const { yourScore } = itemQuality(all, false, userId);
    const moderated = item.status === 'decided' && item.outcome !== null;
    reviews.set(item.request_id, {
      state: moderated
        ? 'moderated'
        : item.voting_status === 'revealed'
          ? 'revealed'
          : yourScore
            ? 'scored'
            : 'to_score',
      scoreCount: all.length,
      yourScore,
      scores: null,
      disagreement: null,
      moderation: moderated
        ? {
            grade: item.outcome!,
            feedback: null,
            moderatedBy: item.decided_by ? { id: item.decided_by, displayName: item.decider } : null,
            moderatedAt: new Date(item.decided_at).toISOString(),
          }
        : null,
    });
  }
  return reviews;
}

/** Each plan's review in a sample of plans, by request id. */
export function samplePlanReviews(
  manager: EntityManager,
  sample: { id: string; tier: string; meeting_id: string | null },
  userId: string,
): Promise<Map<string, SamplePlanReview>> {
  if (sample.tier === 'senior') return seniorReviews(manager, sample.id, userId);
  return sample.meeting_id
    ? meetingReviews(manager, sample.meeting_id, userId)
    : Promise.resolve(new Map<string, SamplePlanReview>());
}
