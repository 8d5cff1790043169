import type {
  CastVote,
  CloseVoting,
  MeetingEventPayloads,
  OpenVoting,
  ReopenVoting,
  RevealVotes,
} from '@convene/contracts';
import {
  closingProblem,
  deadlinePassed,
  MEETING_RULES,
  quorumFor,
  SCORED_KINDS,
  tally,
  UNVOTED_KINDS,
  VOTE_CHOICES,
  type QuorumState,
} from '@convene/domain';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import type {
  CommandContext,
  CommandHandler,
  CommandOutcome,
  OptimisticHandler,
} from '../engine/command-context.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';
import {
  voteRow,
  VotesRepository,
  VOTING_ROLL_READ,
  type NewVote,
  type VotingRoll,
} from '../votes.repository.js';

export const openVoting: CommandHandler<OpenVoting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (UNVOTED_KINDS.includes(item.kind))
    throw new MeetingError(
      'wrong_state',
      'Nothing is voted on here: agree the actions, then conclude the item with them.',
    );
  if (item.voting_status !== 'not_open' || item.status === 'decided' || item.status === 'deferred') {
    throw new MeetingError('wrong_state', 'Voting on this item has already been opened.');
  }
  const agenda = new AgendaItemsRepository(ctx.manager);
  if (await agenda.votingOpenIn(ctx.meeting.id))
    throw new MeetingError('wrong_state', 'Close the vote on the other item first: one vote at a time.');
  await agenda.openVoting(item.id);
  return {
    type: 'voting.opened',
    payload: { itemId: item.id },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { votingStatus: 'not_open' },
      after: { votingStatus: 'open' },
    },
  };
};

interface VoteToCast {
  itemId: string;
  voterId: string;
  proxy: boolean;
  vote: NewVote;
  /** Members with a current vote once this one is in. */
  votedCount: number;
}

/**
 * A member votes, or changes their vote, while voting is open: the rules, on the item's voting roll.
 * `viaScore`: the vote is a quality score's grade, cast by score.submit with the ticks that earned it.
 */
function decideVote(
  ctx: CommandContext,
  row: VotingRoll | undefined,
  command: CastVote,
  viaScore: boolean,
): VoteToCast {
  requireInProgress(ctx);
  const voterId = command.onBehalfOf ?? ctx.user.id;
  const proxy = command.onBehalfOf !== undefined && command.onBehalfOf !== ctx.user.id;
  if (!row?.item_id)
    throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [
      { field: 'itemId', messages: ['not on this agenda'] },
    ]);
  const kind = row.item_kind;
  if (row.voting_status !== 'open') throw new MeetingError('wrong_state', 'Voting on this item is not open.');
  const respondBy = ctx.meeting.respond_by;
  if (respondBy && deadlinePassed(new Date(respondBy), new Date()))
    throw new MeetingError('wrong_state', 'The deadline to respond has passed: no more votes are taken.');
  if (!viaScore && SCORED_KINDS.includes(kind))
    throw new MeetingError(
      'wrong_state',
      'A sampled plan is scored on the quality framework: send score.submit.',
    );
  const choices = VOTE_CHOICES[kind];
  if (!choices.includes(command.choice)) {
    throw new MeetingError('validation_failed', `Choose one of: ${choices.join(', ')}.`, [
      { field: 'choice', messages: [`must be one of ${choices.join(', ')}`] },
    ]);
  }
  if (MEETING_RULES[ctx.meeting.kind].reasonRequired && !command.reason?.trim()) {
    throw new MeetingError('validation_failed', 'Give a reason with your vote.', [
      { field: 'reason', messages: ['a reason is required at this panel'] },
    ]);
  }
  const voter = row.roll?.[voterId];
  if (voter?.role !== 'member')
    throw new MeetingError(
      'forbidden',
      proxy
        ? 'Proxy votes are for voting members only.'
        : 'Only voting members vote; presenters and observers do not.',
    );
  if (proxy) {
    if (ctx.role !== 'chair')
      throw new MeetingError('forbidden', 'Only the chair can cast a vote for an absent member.');
    if (voter.attendance !== 'absent' && voter.attendance !== 'apologies') {
      throw new MeetingError(
        'wrong_state',
        'A proxy vote is only for a member recorded as absent or sending apologies.',
      );
    }
  } else if (voter.attendance === 'absent' || voter.attendance === 'apologies') {
    throw new MeetingError(
      'wrong_state',
      'You are recorded as absent from this meeting; ask the chair to mark you present.',
    );
  }
  if (voter.recused)
    throw new MeetingError('recused', 'You have declared an interest in this item and cannot vote on it.');
  return {
    itemId: row.item_id,
    voterId,
    proxy,
    vote: {
      itemId: row.item_id,
      meetingId: ctx.meeting.id,
      voterId,
      choice: command.choice,
      reason: command.reason?.trim() || null,
      castBy: ctx.user.id,
    },
    votedCount: row.voted_count + (voter.voted ? 0 : 1),
  };
}

/** The choice is written and never broadcast: the event says only who has voted and how many, until the chair reveals. */
function voteCast(ctx: CommandContext, vote: VoteToCast): CommandOutcome {
  return {
    type: 'vote.cast',
    payload: { itemId: vote.itemId, voterId: vote.voterId, votedCount: vote.votedCount, proxy: vote.proxy },
    // The audit record says a vote was cast, never what: the votes table itself keeps the choice.
    audit: {
      entityType: 'agenda_item',
      entityId: vote.itemId,
      after: { voterId: vote.voterId, proxy: vote.proxy, castBy: ctx.user.id },
    },
  };
}

/** A vote under the meeting's lock; `viaScore`: a quality score's grade, cast by score.submit. */
export const castVote = async (
  ctx: CommandContext,
  command: CastVote,
  viaScore = false,
): Promise<CommandOutcome> => {
  const votes = new VotesRepository(ctx.manager);
  const vote = decideVote(ctx, await votes.roll(command.itemId, ctx.meeting.id), command, viaScore);
  await votes.cast(vote.vote);
  return voteCast(ctx, vote);
};

/** A vote without the lock: the engine appends the row only if the meeting has not moved on since the roll was read. */
export const castVoteOptimistically: OptimisticHandler<CastVote, VotingRoll> = {
  read: VOTING_ROLL_READ,
  params: (command) => [command.itemId],
  decide: (ctx, found, command) => {
    const vote = decideVote(ctx, found, command, false);
    return { outcome: voteCast(ctx, vote), row: voteRow(vote.vote) };
  },
  rememberAs: (command) => command.itemId,
  roleOf: (found, userId) => found.roll?.[userId]?.role,
  advance: (found, event) => {
    const { voterId, votedCount } = event.payload as MeetingEventPayloads['vote.cast'];
    // In place: copying every member's entry for each vote was the costliest step of the vote's own code.
    found.voted_count = votedCount;
    found.roll![voterId]!.voted = true;
    return found;
  },
};

/** The chair closes voting. An inquorate vote closes only when the item is recorded as inquorate, with a reason. */
export const closeVoting: CommandHandler<CloseVoting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status !== 'open')
    throw new MeetingError('wrong_state', 'Voting on this item is not open.');
  const votes = new VotesRepository(ctx.manager);
  const quorum = await quorumOfVote(ctx, item.id, votes);
  const inquorateReason = command.inquorateReason?.trim() || null;
  if (!quorum.quorate && !inquorateReason) {
    throw new MeetingError(
      'inquorate',
      `The vote is not quorate: ${quorum.eligible} voting members ${ctx.meeting.respond_by ? 'responded' : 'present'} and not recused, ${quorum.required} needed. Record the item as inquorate with a reason to close it.`,
      [{ field: 'inquorateReason', messages: ['required to close an inquorate vote'] }],
    );
  }
  await new AgendaItemsRepository(ctx.manager).closeVoting(item.id, quorum.quorate ? null : inquorateReason);
  return {
    type: 'voting.closed',
    payload: {
      itemId: item.id,
      votedCount: await votes.votedCount(item.id, ctx.meeting.id),
      inquorateReason: quorum.quorate ? null : inquorateReason,
    },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { votingStatus: 'open' },
      after: { votingStatus: 'closed', quorum, inquorateReason },
    },
  };
};

/**
 * Quorum at a sitting counts the voting members present; in writing, those who responded, and only once the deadline
 * has passed or every member has responded (closing earlier would cut off members who still have time).
 */
async function quorumOfVote(
  ctx: CommandContext,
  itemId: string,
  votes: VotesRepository,
): Promise<QuorumState> {
  const recused = await votes.recusedFrom(itemId);
  const respondBy = ctx.meeting.respond_by;
  if (!respondBy)
    return quorumFor(
      ctx.meeting.kind,
      await new MeetingsRepository(ctx.manager).presentVoters(ctx.meeting.id),
      recused,
    );
  const responded = (await votes.currentVotes(itemId)).map((v) => v.voterId);
  const votingMembers = await new MeetingsRepository(ctx.manager).votingMembers(ctx.meeting.id);
  const problem = closingProblem(new Date(respondBy), new Date(), { votingMembers, responded, recused });
  if (problem) throw new MeetingError('wrong_state', problem);
  return quorumFor(ctx.meeting.kind, responded, recused);
}

/** The chair reveals every vote on the item at once: from now on everyone sees who chose what, and why. */
export const revealVotes: CommandHandler<RevealVotes> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status !== 'closed')
    throw new MeetingError('wrong_state', 'Close the vote before revealing it.');
  await new AgendaItemsRepository(ctx.manager).revealVotes(item.id);
  const cast = new VotesRepository(ctx.manager);
  const votes = await cast.currentVotes(item.id);
  const scores = SCORED_KINDS.includes(item.kind)
    ? ((await cast.latestScores([item.id])).get(item.id) ?? [])
    : null;
  return {
    type: 'votes.revealed',
    payload: { itemId: item.id, votes, tally: tally(votes), scores },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { votingStatus: 'closed' },
      after: { votingStatus: 'revealed', tally: tally(votes) },
    },
  };
};

/**
 * The chair opens voting again on an item whose vote was closed or revealed, before its decision is recorded. The
 * votes cast stand and may be changed; the choices are hidden again until the next reveal; the reason is kept.
 */
export const reopenVoting: CommandHandler<ReopenVoting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided' || item.status === 'deferred')
    throw new MeetingError(
      'wrong_state',
      'The decision on this item is recorded: voting cannot be reopened.',
    );
  if (item.voting_status !== 'closed' && item.voting_status !== 'revealed')
    throw new MeetingError('wrong_state', 'Voting on this item is not closed.');
  const agenda = new AgendaItemsRepository(ctx.manager);
  if (await agenda.votingOpenIn(ctx.meeting.id))
    throw new MeetingError('wrong_state', 'Close the vote on the other item first: one vote at a time.');
  const reason = command.reason.trim();
  await agenda.reopenVoting(item.id, reason);
  return {
    type: 'voting.reopened',
    payload: { itemId: item.id, reason },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { votingStatus: item.voting_status },
      after: { votingStatus: 'open', reason },
    },
  };
};
