import type { SubmitScore } from '@convene/contracts';
import { ADVICE_QUALITY_CRITERIA, isScoreProblem, SCORED_KINDS, scoreOnCriteria } from '@convene/domain';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import type { CommandHandler } from '../../meetings/engine/command-context.js';
import { invalidField, MeetingError } from '../../meetings/engine/meeting-error.js';
import { QualityFrameworkRepository } from './quality-framework.repository.js';
import { VotesRepository } from '../../meetings/votes.repository.js';
import { castVote } from '../../meetings/commands/voting.commands.js';

/**
 * A reviewer scores a sampled plan privately: the grade follows from the framework criteria ticked, by
 * weight, unless they give another with the reason. It counts as their vote (hidden until the reveal,
 * changeable while scoring is open), and the ticks are kept with it.
 */
export const submitScore: CommandHandler<SubmitScore> = async (ctx, command) => {
  const kind = await new AgendaItemsRepository(ctx.manager).kindOf(command.itemId, ctx.meeting.id);
  if (!kind)
    throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [
      { field: 'itemId', messages: ['not on this agenda'] },
    ]);
  if (!SCORED_KINDS.includes(kind))
    throw new MeetingError('wrong_state', 'This item is not scored on the quality framework.');
  // A plan is scored on the council's framework; an advice on the DCO's rubric, each point weighing the same.
  const criteria: { id: string; weight: number }[] =
    kind === 'advice_audit'
      ? ADVICE_QUALITY_CRITERIA.map((id) => ({ id, weight: 1 }))
      : await new QualityFrameworkRepository(ctx.manager).activeWeights();
  const scored = scoreOnCriteria(criteria, command, kind === 'advice_audit' ? 'advice' : 'framework');
  if (isScoreProblem(scored)) throw invalidField(scored.field, scored.message);
  const { computedGrade: computed, grade, overrideReason } = scored;

  const outcome = await castVote(
    ctx,
    {
      meetingId: command.meetingId,
      idempotencyKey: command.idempotencyKey,
      itemId: command.itemId,
      choice: grade,
      reason: overrideReason ?? undefined,
    },
    true,
  );
  await new VotesRepository(ctx.manager).score({
    itemId: command.itemId,
    reviewerId: ctx.user.id,
    metCriterionIds: command.metCriterionIds,
    computedGrade: computed,
    grade,
    overrideReason,
  });
  return outcome;
};
