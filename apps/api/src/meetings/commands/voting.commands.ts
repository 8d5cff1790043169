import type { CastVote, CloseVoting, MeetingEventPayloads, OpenVoting, RevealedVote, RevealVotes, VotingStatus } from '@convene/contracts';
import { MEETING_RULES, quorumFor, tally, VOTE_CHOICES, type AgendaItemKind, type MeetingMemberRole } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { preparedStatement } from '../../database/prepared-statement.js';
import type { CommandContext, CommandHandler, CommandOutcome, OptimisticHandler } from '../engine/command-context.js';
import { lockItem, presentVoters, recusedFrom, requireChair, requireInProgress, votedCount, votedCountOf } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { latestScores, SCORED_KINDS } from '../engine/plan-scores.js';

export const openVoting: CommandHandler<OpenVoting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status !== 'not_open' || item.status === 'decided' || item.status === 'deferred') {
    throw new MeetingError('wrong_state', 'Voting on this item has already been opened.');
  }
  const open = await ctx.manager.query(`SELECT 1 FROM agenda_items WHERE meeting_id = $1 AND voting_status = 'open'`, [ctx.meeting.id]);
  if (open.length > 0) throw new MeetingError('wrong_state', 'Close the vote on the other item first: one vote at a time.');
  await ctx.manager.query(`UPDATE agenda_items SET voting_status = 'open' WHERE id = $1`, [item.id]);
  return {
    type: 'voting.opened',
    payload: { itemId: item.id },
    audit: { entityType: 'agenda_item', entityId: item.id, before: { votingStatus: 'not_open' }, after: { votingStatus: 'open' } },
  };
};

/** A member's place in the vote on an item. */
interface OnTheRoll {
  role: MeetingMemberRole;
  attendance: string;
  /** Declared an interest in the item. */
  recused: boolean;
  /** Has a vote on the item already. */
  voted: boolean;
}

/** The item and its voting roll, as the vote's rules need them. */
interface VotingRoll {
  item_id: string | null;
  item_kind: AgendaItemKind;
  voting_status: VotingStatus;
  /** Members with a current vote (`votedCountOf`). */
  voted_count: number;
  /** Every member of the meeting by user id; null when the meeting has none. */
  roll: Record<string, OnTheRoll> | null;
}

/**
 * The item, how many members have a current vote (`votedCountOf`), and every member's place in the vote: the same
 * whoever votes, so a node can remember it from one vote to the next. No lock is needed: under the meeting's lock
 * nothing else changes, and without it the write checks nothing did.
 */
const votingRoll = (meeting: string, item: string) =>
  `SELECT a.id AS item_id, a.kind AS item_kind, a.voting_status, ${votedCountOf('a.id', 'a.meeting_id')} AS voted_count,
          (SELECT json_object_agg(mb.user_id, json_build_object('role', mb.role, 'attendance', mb.attendance,
                    'recused', EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = a.id AND d.user_id = mb.user_id),
                    'voted', EXISTS (SELECT 1 FROM votes v WHERE v.agenda_item_id = a.id AND v.voter_id = mb.user_id)))
             FROM meeting_members mb WHERE mb.meeting_id = a.meeting_id) AS roll
     FROM agenda_items a WHERE a.id = ${item} AND a.meeting_id = ${meeting}`;
const READ_ROLL = preparedStatement('vote-cast-roll', votingRoll('$2', '$1'));

/** Every vote is a new row; the current vote is the latest. */
const VOTE_COLUMNS = ['agenda_item_id', 'meeting_id', 'voter_id', 'choice', 'reason', 'cast_by'] as const;
const INSERT_VOTE = preparedStatement('vote-cast-insert', `INSERT INTO votes (${VOTE_COLUMNS.join(', ')}) VALUES ($1, $2, $3, $4, $5, $6)`);

interface VoteToCast {
  itemId: string;
  voterId: string;
  proxy: boolean;
  /** The row for `votes`, in the order of VOTE_COLUMNS. */
  values: unknown[];
  /** Members with a current vote once this one is in. */
  votedCount: number;
}

/**
 * A member votes, or changes their vote, while voting is open: the rules, on the item's voting roll.
 * `viaScore`: the vote is a quality score's grade, cast by score.submit with the ticks that earned it.
 */
function decideVote(ctx: CommandContext, row: VotingRoll | undefined, command: CastVote, viaScore: boolean): VoteToCast {
  requireInProgress(ctx);
  const voterId = command.onBehalfOf ?? ctx.user.id;
  const proxy = command.onBehalfOf !== undefined && command.onBehalfOf !== ctx.user.id;
  if (!row?.item_id) throw new MeetingError('item_not_found', 'There is no such item on this agenda.', [{ field: 'itemId', messages: ['not on this agenda'] }]);
  const kind = row.item_kind as keyof typeof VOTE_CHOICES;
  if (row.voting_status !== 'open') throw new MeetingError('wrong_state', 'Voting on this item is not open.');
  if (!viaScore && SCORED_KINDS.includes(kind)) throw new MeetingError('wrong_state', 'A sampled plan is scored on the quality framework: send score.submit.');
  const choices = VOTE_CHOICES[kind];
  if (!choices.includes(command.choice)) {
    throw new MeetingError('validation_failed', `Choose one of: ${choices.join(', ')}.`, [{ field: 'choice', messages: [`must be one of ${choices.join(', ')}`] }]);
  }
  if (MEETING_RULES[ctx.meeting.kind].reasonRequired && !command.reason?.trim()) {
    throw new MeetingError('validation_failed', 'Give a reason with your vote.', [{ field: 'reason', messages: ['a reason is required at this panel'] }]);
  }
  const voter = row.roll?.[voterId];
  if (voter?.role !== 'member') throw new MeetingError('forbidden', proxy ? 'Proxy votes are for voting members only.' : 'Only voting members vote; presenters and observers do not.');
  if (proxy) {
    if (ctx.role !== 'chair') throw new MeetingError('forbidden', 'Only the chair can cast a vote for an absent member.');
    if (voter.attendance !== 'absent' && voter.attendance !== 'apologies') {
      throw new MeetingError('wrong_state', 'A proxy vote is only for a member recorded as absent or sending apologies.');
    }
  } else if (voter.attendance === 'absent' || voter.attendance === 'apologies') {
    throw new MeetingError('wrong_state', 'You are recorded as absent from this meeting; ask the chair to mark you present.');
  }
  if (voter.recused) throw new MeetingError('recused', 'You have declared an interest in this item and cannot vote on it.');
  return {
    itemId: row.item_id,
    voterId,
    proxy,
    values: [row.item_id, ctx.meeting.id, voterId, command.choice, command.reason?.trim() || null, ctx.user.id],
    votedCount: row.voted_count + (voter.voted ? 0 : 1),
  };
}

/** The choice is written and never broadcast: the event says only who has voted and how many, until the chair reveals. */
function voteCast(ctx: CommandContext, vote: VoteToCast): CommandOutcome {
  return {
    type: 'vote.cast',
    payload: { itemId: vote.itemId, voterId: vote.voterId, votedCount: vote.votedCount, proxy: vote.proxy },
    // The audit record says a vote was cast, never what: the votes table itself keeps the choice.
    audit: { entityType: 'agenda_item', entityId: vote.itemId, after: { voterId: vote.voterId, proxy: vote.proxy, castBy: ctx.user.id } },
  };
}

/** A vote under the meeting's lock; `viaScore`: a quality score's grade, cast by score.submit. */
export const castVote = async (ctx: CommandContext, command: CastVote, viaScore = false): Promise<CommandOutcome> => {
  const [roll] = await ctx.manager.query(READ_ROLL, [command.itemId, ctx.meeting.id]);
  const vote = decideVote(ctx, roll, command, viaScore);
  await ctx.manager.query(INSERT_VOTE, vote.values);
  return voteCast(ctx, vote);
};

/** A vote without the lock: the engine appends the row only if the meeting has not moved on since the roll was read. */
export const castVoteOptimistically: OptimisticHandler<CastVote> = {
  read: votingRoll('$1', '$4'),
  params: (command) => [command.itemId],
  decide: (ctx, found, command) => {
    const vote = decideVote(ctx, found as VotingRoll, command, false);
    return { outcome: voteCast(ctx, vote), row: { table: 'votes', columns: VOTE_COLUMNS, values: vote.values } };
  },
  rememberAs: (command) => command.itemId,
  roleOf: (found, userId) => (found as VotingRoll).roll?.[userId]?.role,
  advance: (found, event) => {
    const { voterId, votedCount } = event.payload as MeetingEventPayloads['vote.cast'];
    const roll = found as VotingRoll;
    // In place: copying every member's entry for each vote was the costliest step of the vote's own code.
    roll.voted_count = votedCount;
    roll.roll![voterId]!.voted = true;
    return roll;
  },
};

/** The chair closes voting. An inquorate vote closes only when the item is recorded as inquorate, with a reason. */
export const closeVoting: CommandHandler<CloseVoting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status !== 'open') throw new MeetingError('wrong_state', 'Voting on this item is not open.');
  const quorum = quorumFor(ctx.meeting.kind, await presentVoters(ctx), await recusedFrom(ctx, item.id));
  const inquorateReason = command.inquorateReason?.trim() || null;
  if (!quorum.quorate && !inquorateReason) {
    throw new MeetingError(
      'inquorate',
      `The vote is not quorate: ${quorum.eligible} voting members present and not recused, ${quorum.required} needed. Record the item as inquorate with a reason to close it.`,
      [{ field: 'inquorateReason', messages: ['required to close an inquorate vote'] }],
    );
  }
  await ctx.manager.query(`UPDATE agenda_items SET voting_status = 'closed', inquorate_reason = $2 WHERE id = $1`, [item.id, quorum.quorate ? null : inquorateReason]);
  return {
    type: 'voting.closed',
    payload: { itemId: item.id, votedCount: await votedCount(ctx, item.id), inquorateReason: quorum.quorate ? null : inquorateReason },
    audit: { entityType: 'agenda_item', entityId: item.id, before: { votingStatus: 'open' }, after: { votingStatus: 'closed', quorum, inquorateReason } },
  };
};

/** The chair reveals every vote on the item at once: from now on everyone sees who chose what, and why. */
export const revealVotes: CommandHandler<RevealVotes> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockItem(ctx, command.itemId);
  if (item.voting_status !== 'closed') throw new MeetingError('wrong_state', 'Close the vote before revealing it.');
  await ctx.manager.query(`UPDATE agenda_items SET voting_status = 'revealed' WHERE id = $1`, [item.id]);
  const votes = await currentVotes(ctx.manager, item.id);
  const scores = SCORED_KINDS.includes(item.kind) ? ((await latestScores(ctx.manager, [item.id])).get(item.id) ?? []) : null;
  return {
    type: 'votes.revealed',
    payload: { itemId: item.id, votes, tally: tally(votes), scores },
    audit: { entityType: 'agenda_item', entityId: item.id, before: { votingStatus: 'closed' }, after: { votingStatus: 'revealed', tally: tally(votes) } },
  };
};

/** Each member's latest vote on an item, leaving out members who declared an interest. */
export async function currentVotes(manager: EntityManager, itemId: string): Promise<RevealedVote[]> {
  const rows = await manager.query(
    `SELECT DISTINCT ON (v.voter_id) v.voter_id, v.choice, v.reason, v.cast_by
       FROM votes v
      WHERE v.agenda_item_id = $1
        AND NOT EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = v.agenda_item_id AND d.user_id = v.voter_id)
      ORDER BY v.voter_id, v.id DESC`,
    [itemId],
  );
  return rows.map((r: { voter_id: string; choice: string; reason: string | null; cast_by: string }) => ({
    voterId: r.voter_id,
    choice: r.choice,
    reason: r.reason,
    proxyCastBy: r.cast_by === r.voter_id ? null : r.cast_by,
  }));
}
