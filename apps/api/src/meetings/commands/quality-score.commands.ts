import type { SubmitScore } from '@convene/contracts';
import { ADVICE_QUALITY_CRITERIA, isScoreProblem, scoreOnCriteria } from '@convene/domain';
import type { CommandHandler } from '../engine/command-context.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { SCORED_KINDS } from '../engine/plan-scores.js';
import { castVote } from './voting.commands.js';

/**
 * A reviewer scores a sampled plan privately: the grade follows from the framework criteria ticked, by
 * weight, unless they give another with the reason. It counts as their vote (hidden until the reveal,
 * changeable while scoring is open), and the ticks are kept with it.
 */
export const submitScore: CommandHandler<SubmitScore> = async (ctx, command) => {
  const [item] = await ctx.manager.query(`SELECT kind FROM agenda_items WHERE id = $1 AND meeting_id = $2`, [command.itemId, ctx.meeting.id]);
  if (!item) throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [{ field: 'itemId', messages: ['not on this agenda'] }]);
  if (!SCORED_KINDS.includes(item.kind)) throw new MeetingError('wrong_state', 'This item is not scored on the quality framework.');
  // A plan is scored on the council's framework; an advice on the DCO's rubric, each point weighing the same.
  const criteria: { id: string; weight: number }[] =
    item.kind === 'advice_audit'
      ? ADVICE_QUALITY_CRITERIA.map((id) => ({ id, weight: 1 }))
      : await ctx.manager.query(`SELECT id::text, weight FROM quality_criteria WHERE active ORDER BY position`);
  const scored = scoreOnCriteria(criteria, command, item.kind === 'advice_audit' ? 'advice' : 'framework');
  if (isScoreProblem(scored)) throw invalidField(scored.field, scored.message);
  const { computedGrade: computed, grade, overrideReason } = scored;

  const outcome = await castVote(ctx, { meetingId: command.meetingId, idempotencyKey: command.idempotencyKey, itemId: command.itemId, choice: grade, reason: overrideReason ?? undefined }, true);
  await ctx.manager.query(
    `INSERT INTO plan_scores (agenda_item_id, reviewer_id, met_criteria, computed_grade, grade, override_reason) VALUES ($1, $2, $3, $4, $5, $6)`,
    [command.itemId, ctx.user.id, command.metCriterionIds, computed, grade, overrideReason],
  );
  return outcome;
};
