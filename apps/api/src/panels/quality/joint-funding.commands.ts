import type { AnswerJointFunding, ProposeJointFunding } from '@convene/contracts';
import { jointFundingPartyOf } from '@convene/domain';
import type { CommandContext, CommandHandler } from '../../meetings/engine/command-context.js';
import { AgenciesRepository } from '../../identity/agencies.repository.js';
import { JointFundingRepository } from './joint-funding.repository.js';
import { invalidField, MeetingError } from '../../meetings/engine/meeting-error.js';
import { lockItem, requireChair, requireInProgress } from '../../meetings/engine/meeting-guards.js';

async function lockFundingItem(ctx: CommandContext, itemId: string) {
  const item = await lockItem(ctx, itemId);
  if (item.kind !== 'joint_funding')
    throw new MeetingError('wrong_state', 'This item is not a joint funding decision.');
  if (item.status === 'decided' || item.status === 'deferred')
    throw new MeetingError('wrong_state', 'This decision has been recorded.');
  return item;
}

/** The chair puts the proposal: what it pays for, the total, and each agency's share; at least two agencies pay. */
export const proposeJointFunding: CommandHandler<ProposeJointFunding> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockFundingItem(ctx, command.itemId);
  const funding = new JointFundingRepository(ctx.manager);
  if (await funding.hasProposal(item.id))
    throw new MeetingError('wrong_state', 'A proposal is on the table for this item already.');
  const parties = command.shares.map((s) => s.party);
  if (new Set(parties).size !== parties.length) throw invalidField('shares', 'Give each agency one share.');
  if (command.shares.filter((s) => s.amountPence > 0).length < 2)
    throw invalidField('shares', 'Joint funding needs money from at least two agencies.');
  const sum = command.shares.reduce((total, s) => total + s.amountPence, 0);
  if (sum !== command.totalPence)
    throw invalidField(
      'totalPence',
      `The shares add up to ${sum} pence, not the total of ${command.totalPence}.`,
    );
  await funding.propose(item.id, command.summary.trim(), command.totalPence, command.shares);
  const jointFunding = (await funding.views([item.id])).get(item.id)!;
  return {
    type: 'funding.proposed',
    payload: { itemId: item.id, jointFunding },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      after: { totalPence: command.totalPence, shares: command.shares },
    },
  };
};

/** An agency's representative consents to its share, or declines it with the reason. */
export const answerJointFunding: CommandHandler<AnswerJointFunding> = async (ctx, command) => {
  requireInProgress(ctx);
  const item = await lockFundingItem(ctx, command.itemId);
  const agencyKind = await new AgenciesRepository(ctx.manager).kindOf(ctx.user.agencyId);
  if (jointFundingPartyOf(agencyKind ?? '') !== command.party || ctx.role === 'observer') {
    throw new MeetingError(
      'forbidden',
      'Only a representative of that agency in the meeting answers for its share.',
    );
  }
  const funding = new JointFundingRepository(ctx.manager);
  const share = await funding.lockShare(item.id, command.party);
  if (!share) throw invalidField('party', 'That agency has no share in this proposal.');
  const reason = command.reason?.trim() || null;
  if (!command.consent && (!reason || reason.length < 3))
    throw invalidField('reason', 'Say why the agency declines its share.');
  const answer = command.consent ? ('consent' as const) : ('decline' as const);
  await funding.answer(item.id, command.party, answer, reason, ctx.user.id);
  return {
    type: 'funding.answered',
    payload: { itemId: item.id, party: command.party, answer, reason },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { party: command.party, answer: share.answer },
      after: { party: command.party, answer, reason },
    },
  };
};
