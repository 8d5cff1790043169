import type { CorrectOutcome, DeclareInterest, RecordOutcome } from '@convene/contracts';
import { confirmationToRecord, THRESHOLD_AFFIRMING_OUTCOMES, VOTE_CHOICES } from '@convene/domain';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import { DecisionCorrectionsRepository } from '../decision-corrections.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { confirmationRequired, lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { VotesRepository } from '../votes.repository.js';

/** A member declares an interest in an item: they are recused from its vote and its quorum. */
export const declareInterest: CommandHandler<DeclareInterest> = async (ctx, command) => {
  requireInProgress(ctx);
  if (ctx.role === 'observer') throw new MeetingError('forbidden', 'Observers do not take part in items.');
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status === 'closed' || item.voting_status === 'revealed' || item.status === 'decided') {
    throw new MeetingError('wrong_state', 'Declare an interest before the vote on this item closes.');
  }
  const declared = await new VotesRepository(ctx.manager).declareInterest(
    item.id,
    ctx.user.id,
    ctx.meeting.id,
    command.reason,
  );
  if (!declared) throw new MeetingError('wrong_state', 'You have already declared an interest in this item.');
  return {
    type: 'interest.declared',
    payload: { itemId: item.id, userId: ctx.user.id, reason: command.reason },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      after: { declaredBy: ctx.user.id, reason: command.reason },
    },
  };
};

/** The chair records the decision, always with its reasons. Not while a vote is open or unrevealed. */
export const recordOutcome: CommandHandler<RecordOutcome> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided')
    throw new MeetingError('wrong_state', 'A decision is already recorded for this item.');
  if (item.voting_status === 'open' || item.voting_status === 'closed') {
    throw new MeetingError('wrong_state', 'Close the vote and reveal it before recording the decision.');
  }
  const outcomes = VOTE_CHOICES[item.kind];
  if (!outcomes.includes(command.outcome)) {
    throw new MeetingError('validation_failed', `The decision must be one of: ${outcomes.join(', ')}.`, [
      { field: 'outcome', messages: [`must be one of ${outcomes.join(', ')}`] },
    ]);
  }
  const agenda = new AgendaItemsRepository(ctx.manager);
  const criteriaNotMetReason = await reasonForCriteriaNotMet(agenda, item.id, command);
  const { requestId, panelRequestId } = await agenda.requestsOf(item.id);
  // The panel's effect first (a refused step refuses the whole decision), then the item is decided.
  await ctx.effects.apply({
    manager: ctx.manager,
    user: ctx.user,
    meetingId: ctx.meeting.id,
    item: { id: item.id, kind: item.kind, requestId, panelRequestId },
    outcome: command.outcome,
    reasons: command.reasons.trim(),
  });
  await agenda.decide(item.id, {
    outcome: command.outcome,
    reasons: command.reasons.trim(),
    conditions: command.conditions?.trim() || null,
    criteriaNotMetReason,
    decidedBy: ctx.user.id,
  });
  return {
    type: 'outcome.recorded',
    payload: {
      itemId: item.id,
      outcome: command.outcome,
      reasons: command.reasons.trim(),
      conditions: command.conditions?.trim() || null,
      criteriaNotMetReason,
    },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { status: item.status },
      after: {
        status: 'decided',
        outcome: command.outcome,
        reasons: command.reasons.trim(),
        conditions: command.conditions?.trim() || null,
        criteriaNotMetReason,
      },
    },
  };
};

/**
 * The chair corrects the written reasons of a recorded decision, saying why: during the meeting or after it. The
 * decision as recorded stays; the correction is added beside it, and the minutes show both.
 */
export const correctOutcome: CommandHandler<CorrectOutcome> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status !== 'in_progress' && ctx.meeting.status !== 'ended')
    throw new MeetingError('wrong_state', 'The chair has not started the meeting yet.');
  const item = await lockItem(ctx, command.itemId);
  if (item.status !== 'decided')
    throw new MeetingError('wrong_state', 'Only a recorded decision can be corrected.');
  const correction = {
    reasons: command.reasons.trim(),
    conditions: command.conditions?.trim() || null,
    correctionReason: command.correctionReason.trim(),
  };
  const correctedAt = await new DecisionCorrectionsRepository(ctx.manager).add({
    itemId: item.id,
    meetingId: ctx.meeting.id,
    correctedBy: ctx.user.id,
    ...correction,
  });
  return {
    type: 'outcome.corrected',
    payload: {
      itemId: item.id,
      correction: {
        ...correction,
        correctedAt: new Date(correctedAt).toISOString(),
        correctedBy: ctx.user.displayName,
      },
    },
    audit: { entityType: 'agenda_item', entityId: item.id, after: { correction } },
  };
};

/**
 * An outcome that finds the thresholds met, recorded while a threshold criterion is not marked met, needs the
 * chair's reason (`confirmationToRecord` in libs/domain): asked for with `confirmation_required`, then kept with the
 * decision. Null when none is needed.
 */
async function reasonForCriteriaNotMet(
  agenda: AgendaItemsRepository,
  itemId: string,
  command: RecordOutcome,
): Promise<string | null> {
  // Other outcomes never ask: no need to count the criteria.
  if (!THRESHOLD_AFFIRMING_OUTCOMES.includes(command.outcome)) return null;
  const confirmation = confirmationToRecord(command.outcome, await agenda.criteriaNotMet(itemId));
  if (!confirmation) return null;
  const reason = command.criteriaNotMetReason?.trim();
  if (reason) return reason;
  throw confirmationRequired(confirmation);
}
