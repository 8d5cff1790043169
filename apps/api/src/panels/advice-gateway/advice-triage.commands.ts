import type { ReassignAdvice, RespondToTriage, TriageAdvice } from '@convene/contracts';
import { gatewayOfMeeting, type AdviceGateway } from '@convene/domain';
import type { CommandContext, CommandHandler } from '../../meetings/engine/command-context.js';
import { invalidField, MeetingError } from '../../meetings/engine/meeting-error.js';
import { lockItem, requireChair, requireInProgress } from '../../meetings/engine/meeting-guards.js';
import { AdviceRequestsRepository } from '../../cases/advice-requests.repository.js';
import { AgenciesRepository } from '../../identity/agencies.repository.js';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';

/** The gateway the meeting sits as: the Health Gateway, the Social Care Gateway… */
function gatewayOf(ctx: CommandContext): AdviceGateway {
  const gateway = gatewayOfMeeting(ctx.meeting.kind);
  if (!gateway) throw new MeetingError('wrong_state', 'Advice is triaged only at an advice gateway.');
  return gateway;
}

async function lockTriageItem(ctx: CommandContext, gateway: AdviceGateway, itemId: string) {
  const item = await lockItem(ctx, itemId);
  if (item.kind !== 'advice_triage')
    throw new MeetingError('wrong_state', `This item is not a request for ${gateway.adviceWords}.`);
  return item;
}

/** The named teams must all be the gateway's teams; their names, for the record. */
async function gatewayTeams(
  ctx: CommandContext,
  gateway: AdviceGateway,
  teamIds: readonly string[],
  field: string,
): Promise<Map<string, string>> {
  const rows = await new AgenciesRepository(ctx.manager).teamsOfKind(gateway.teamKind, teamIds);
  if (rows.length !== new Set(teamIds).size || rows.length !== teamIds.length)
    throw invalidField(
      field,
      `Name each ${gateway.teamWords} once; every one must be a ${gateway.teamWords} in use (not retired).`,
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function assignmentsOf(ctx: CommandContext, itemId: string) {
  return (await new AdviceRequestsRepository(ctx.manager).triageAssignments([itemId])).get(itemId) ?? [];
}

/**
 * The coordinator (the DCO at the Health Gateway, the DSCO at the Social Care Gateway) sends the child's request for
 * advice to one or more of the agency's teams, with what is asked (a full advice or a short triage note) and a
 * priority. The 6 weeks still run from the request for advice.
 */
export const triageAdvice: CommandHandler<TriageAdvice> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const gateway = gatewayOf(ctx);
  const item = await lockTriageItem(ctx, gateway, command.itemId);
  if (item.status === 'decided')
    throw new MeetingError(
      'wrong_state',
      'This request has been triaged: move an advice to another team instead.',
    );
  const teams = await gatewayTeams(ctx, gateway, command.teamIds, 'teamIds');
  const advice = new AdviceRequestsRepository(ctx.manager);
  const awaiting = await advice.lockAwaitingTriage(gateway.adviceKind, item.id);
  if (!awaiting)
    throw new MeetingError(
      'wrong_state',
      `No request for ${gateway.adviceWords} is awaiting triage for this case.`,
    );
  await advice.triage(awaiting, command.teamIds, {
    response: command.response,
    priority: command.priority,
    itemId: item.id,
    triagedBy: ctx.user.id,
  });
  const summary = command.teamIds.map((id) => teams.get(id)).join(', ');
  await new AgendaItemsRepository(ctx.manager).decide(item.id, {
    outcome: 'triaged',
    reasons: `Sent to ${summary} (${command.response === 'full_advice' ? 'full advice' : 'triage note'}, ${command.priority})`,
    conditions: null,
    decidedBy: ctx.user.id,
  });
  const assignments = await assignmentsOf(ctx, item.id);
  return {
    type: 'advice.triaged',
    payload: { itemId: item.id, assignments },
    audit: {
      entityType: 'advice_request',
      entityId: awaiting.id,
      before: { status: 'awaiting_triage' },
      after: { teams: command.teamIds, response: command.response, priority: command.priority },
    },
  };
};

/** A team's representative in the room takes the advice, or pushes it back with the reason. */
export const respondToTriage: CommandHandler<RespondToTriage> = async (ctx, command) => {
  requireInProgress(ctx);
  await lockTriageItem(ctx, gatewayOf(ctx), command.itemId);
  const requests = new AdviceRequestsRepository(ctx.manager);
  const advice = await requests.lockTriaged(command.adviceRequestId, command.itemId);
  if (!advice) throw invalidField('adviceRequestId', 'That advice was not triaged at this item.');
  if (ctx.user.agencyId !== advice.agency_id)
    throw new MeetingError(
      'forbidden',
      'Only a representative of the team it was sent to can answer for it.',
    );
  const reason = command.reason?.trim() || null;
  if (!command.accept && (!reason || reason.length < 3))
    throw invalidField('reason', 'Say why the team pushes it back.');
  const teamResponse = command.accept ? ('accepted' as const) : ('pushed_back' as const);
  await requests.answerForTeam(advice.id, teamResponse, reason);
  return {
    type: 'advice.responded',
    payload: { itemId: command.itemId, adviceRequestId: advice.id, teamResponse, reason },
    audit: {
      entityType: 'advice_request',
      entityId: advice.id,
      before: { teamResponse: advice.team_response },
      after: { teamResponse, reason },
    },
  };
};

/** The coordinator moves an advice to another team: recorded, and it counts against "right team first time". */
export const reassignAdvice: CommandHandler<ReassignAdvice> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const gateway = gatewayOf(ctx);
  await lockTriageItem(ctx, gateway, command.itemId);
  const requests = new AdviceRequestsRepository(ctx.manager);
  const advice = await requests.lockTriaged(command.adviceRequestId, command.itemId);
  if (!advice) throw invalidField('adviceRequestId', 'That advice was not triaged at this item.');
  if (advice.status !== 'with_team')
    throw new MeetingError('wrong_state', 'That advice has been returned or cancelled.');
  await gatewayTeams(ctx, gateway, [command.teamId], 'teamId');
  if (command.teamId === advice.agency_id)
    throw invalidField('teamId', 'The advice is with that team already.');
  if (await requests.teamHasOne(command.itemId, command.teamId))
    throw invalidField('teamId', 'That team has this child’s advice already.');
  await requests.reassign(advice.id, command.teamId);
  const assignment = (await assignmentsOf(ctx, command.itemId)).find((a) => a.adviceRequestId === advice.id)!;
  return {
    type: 'advice.reassigned',
    payload: { itemId: command.itemId, assignment, reason: command.reason.trim() },
    audit: {
      entityType: 'advice_request',
      entityId: advice.id,
      before: { teamId: advice.agency_id },
      after: { teamId: command.teamId, reason: command.reason.trim() },
    },
  };
};
