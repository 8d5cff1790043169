import type { AnswerJointFunding, ProposeJointFunding } from '@convene/contracts';
import { jointFundingPartyOf } from '@convene/domain';
import type { CommandContext, CommandHandler } from '../engine/command-context.js';
import { jointFundingViews } from '../engine/joint-funding-view.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';

async function lockFundingItem(ctx: CommandContext, itemId: string) {
  const item = await lockItem(ctx, itemId);
  if (item.kind !== 'joint_funding') throw new MeetingError('wrong_state', 'This item is not a joint funding decision.');
  if (item.status === 'decided' || item.status === 'deferred') throw new MeetingError('wrong_state', 'This decision has been recorded.');
  return item;
}

/** The chair puts the proposal: what it pays for, the total, and each agency's share; at least two agencies pay. */
export const proposeJointFunding: CommandHandler<ProposeJointFunding> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockFundingItem(ctx, command.itemId);
  const [existing] = await ctx.manager.query(`SELECT 1 FROM joint_funding_proposals WHERE agenda_item_id = $1`, [item.id]);
  if (existing) throw new MeetingError('wrong_state', 'A proposal is on the table for this item already.');
  const parties = command.shares.map((s) => s.party);
  if (new Set(parties).size !== parties.length) throw invalidField('shares', 'Give each agency one share.');
  if (command.shares.filter((s) => s.amountPence > 0).length < 2) throw invalidField('shares', 'Joint funding needs money from at least two agencies.');
  const sum = command.shares.reduce((total, s) => total + s.amountPence, 0);
  if (sum !== command.totalPence) throw invalidField('totalPence', `The shares add up to ${sum} pence, not the total of ${command.totalPence}.`);
  await ctx.manager.query(`INSERT INTO joint_funding_proposals (agenda_item_id, summary, total_pence) VALUES ($1, $2, $3)`, [item.id, command.summary.trim(), command.totalPence]);
  for (const share of command.shares) {
    await ctx.manager.query(`INSERT INTO joint_funding_shares (agenda_item_id, party, amount_pence) VALUES ($1, $2, $3)`, [item.id, share.party, share.amountPence]);
  }
  const jointFunding = (await jointFundingViews(ctx.manager, [item.id])).get(item.id)!;
  return {
    type: 'funding.proposed',
    payload: { itemId: item.id, jointFunding },
    audit: { entityType: 'agenda_item', entityId: item.id, after: { totalPence: command.totalPence, shares: command.shares } },
  };
};

/** An agency's representative consents to its share, or declines it with the reason. */
export const answerJointFunding: CommandHandler<AnswerJointFunding> = async (ctx, command) => {
  requireInProgress(ctx);
  const item = await lockFundingItem(ctx, command.itemId);
  const [agency] = await ctx.manager.query(`SELECT kind FROM agencies WHERE id = $1`, [ctx.user.agencyId]);
  if (jointFundingPartyOf(agency?.kind ?? '') !== command.party || ctx.role === 'observer') {
    throw new MeetingError('forbidden', 'Only a representative of that agency in the meeting answers for its share.');
  }
  const [share] = await ctx.manager.query(`SELECT answer, reason FROM joint_funding_shares WHERE agenda_item_id = $1 AND party = $2 FOR UPDATE`, [item.id, command.party]);
  if (!share) throw invalidField('party', 'That agency has no share in this proposal.');
  const reason = command.reason?.trim() || null;
  if (!command.consent && (!reason || reason.length < 3)) throw invalidField('reason', 'Say why the agency declines its share.');
  const answer = command.consent ? ('consent' as const) : ('decline' as const);
  await ctx.manager.query(`UPDATE joint_funding_shares SET answer = $3, reason = $4, answered_by = $5 WHERE agenda_item_id = $1 AND party = $2`, [
    item.id,
    command.party,
    answer,
    reason,
    ctx.user.id,
  ]);
  return {
    type: 'funding.answered',
    payload: { itemId: item.id, party: command.party, answer, reason },
    audit: { entityType: 'agenda_item', entityId: item.id, before: { party: command.party, answer: share.answer }, after: { party: command.party, answer, reason } },
  };
};
