import type { ReassignAdvice, RespondToTriage, TriageAdvice } from '@convene/contracts';
import type { CommandContext, CommandHandler } from '../engine/command-context.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { lockItem, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { triageAssignments } from '../engine/triage-assignments.js';

async function lockTriageItem(ctx: CommandContext, itemId: string) {
  const item = await lockItem(ctx, itemId);
  if (item.kind !== 'advice_triage') throw new MeetingError('wrong_state', 'This item is not a request for health advice.');
  return item;
}

/** The named teams must all be health teams; their names, for the record. */
async function healthTeams(ctx: CommandContext, teamIds: readonly string[], field: string): Promise<Map<string, string>> {
  const rows = await ctx.manager.query(`SELECT id, name FROM agencies WHERE id = ANY($1::uuid[]) AND kind = 'health'`, [teamIds]);
  if (rows.length !== new Set(teamIds).size || rows.length !== teamIds.length) throw invalidField(field, 'Name each health team once; every one must be a health team.');
  return new Map(rows.map((r: { id: string; name: string }) => [r.id, r.name]));
}

async function assignmentsOf(ctx: CommandContext, itemId: string) {
  return (await triageAssignments(ctx.manager, [itemId])).get(itemId) ?? [];
}

/**
 * The DCO sends the child's request for health advice to one or more teams, with what is asked (a full
 * advice or a short triage note) and a priority. The 6 weeks still run from the request for advice.
 */
export const triageAdvice: CommandHandler<TriageAdvice> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const item = await lockTriageItem(ctx, command.itemId);
  if (item.status === 'decided') throw new MeetingError('wrong_state', 'This request has been triaged: move an advice to another team instead.');
  const teams = await healthTeams(ctx, command.teamIds, 'teamIds');
  const [awaiting] = await ctx.manager.query(
    `SELECT a.id, a.request_id, a.requested_on, a.source FROM advice_requests a JOIN agenda_items i ON i.request_id = a.request_id
      WHERE i.id = $1 AND a.advice_kind = 'health' AND a.status = 'awaiting_triage'
      ORDER BY a.requested_on LIMIT 1 FOR UPDATE OF a`,
    [item.id],
  );
  if (!awaiting) throw new MeetingError('wrong_state', 'No request for health advice is awaiting triage for this case.');
  const [first, ...others] = command.teamIds;
  await ctx.manager.query(
    `UPDATE advice_requests SET agency_id = $2, status = 'with_team', response = $3, priority = $4, triaged_in_item = $5, triaged_at = now(),
            triaged_by = $6, team_response = 'pending'
      WHERE id = $1`,
    [awaiting.id, first, command.response, command.priority, item.id, ctx.user.id],
  );
  for (const teamId of others) {
    await ctx.manager.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status, source, response, priority, triaged_in_item, triaged_at, triaged_by, team_response)
       VALUES ($1, $2, 'health', $3, 'with_team', $4, $5, $6, $7, now(), $8, 'pending')`,
      [awaiting.request_id, teamId, awaiting.requested_on, awaiting.source, command.response, command.priority, item.id, ctx.user.id],
    );
  }
  const summary = command.teamIds.map((id) => teams.get(id)).join(', ');
  await ctx.manager.query(
    `UPDATE agenda_items SET status = 'decided', outcome = 'triaged', outcome_reasons = $2, decided_at = now(), decided_by = $3 WHERE id = $1`,
    [item.id, `Sent to ${summary} (${command.response === 'full_advice' ? 'full advice' : 'triage note'}, ${command.priority})`, ctx.user.id],
  );
  const assignments = await assignmentsOf(ctx, item.id);
  return {
    type: 'advice.triaged',
    payload: { itemId: item.id, assignments },
    audit: { entityType: 'advice_request', entityId: awaiting.id, before: { status: 'awaiting_triage' }, after: { teams: command.teamIds, response: command.response, priority: command.priority } },
  };
};

/** A team's representative in the room takes the advice, or pushes it back with the reason. */
export const respondToTriage: CommandHandler<RespondToTriage> = async (ctx, command) => {
  requireInProgress(ctx);
  await lockTriageItem(ctx, command.itemId);
  const [advice] = await ctx.manager.query(`SELECT id, agency_id, team_response FROM advice_requests WHERE id = $1 AND triaged_in_item = $2 FOR UPDATE`, [
    command.adviceRequestId,
    command.itemId,
  ]);
  if (!advice) throw invalidField('adviceRequestId', 'That advice was not triaged at this item.');
  if (ctx.user.agencyId !== advice.agency_id) throw new MeetingError('forbidden', 'Only a representative of the team it was sent to can answer for it.');
  const reason = command.reason?.trim() || null;
  if (!command.accept && (!reason || reason.length < 3)) throw invalidField('reason', 'Say why the team pushes it back.');
  const teamResponse = command.accept ? ('accepted' as const) : ('pushed_back' as const);
  await ctx.manager.query(`UPDATE advice_requests SET team_response = $2, team_response_reason = $3 WHERE id = $1`, [advice.id, teamResponse, reason]);
  return {
    type: 'advice.responded',
    payload: { itemId: command.itemId, adviceRequestId: advice.id, teamResponse, reason },
    audit: { entityType: 'advice_request', entityId: advice.id, before: { teamResponse: advice.team_response }, after: { teamResponse, reason } },
  };
};

/** The DCO moves an advice to another team: recorded, and it counts against "right team first time". */
export const reassignAdvice: CommandHandler<ReassignAdvice> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  await lockTriageItem(ctx, command.itemId);
  const [advice] = await ctx.manager.query(`SELECT id, agency_id, status FROM advice_requests WHERE id = $1 AND triaged_in_item = $2 FOR UPDATE`, [
    command.adviceRequestId,
    command.itemId,
  ]);
  if (!advice) throw invalidField('adviceRequestId', 'That advice was not triaged at this item.');
  if (advice.status !== 'with_team') throw new MeetingError('wrong_state', 'That advice has been returned or cancelled.');
  await healthTeams(ctx, [command.teamId], 'teamId');
  if (command.teamId === advice.agency_id) throw invalidField('teamId', 'The advice is with that team already.');
  const taken = await ctx.manager.query(`SELECT 1 FROM advice_requests WHERE triaged_in_item = $1 AND agency_id = $2`, [command.itemId, command.teamId]);
  if (taken.length) throw invalidField('teamId', 'That team has this child’s advice already.');
  await ctx.manager.query(
    `UPDATE advice_requests SET agency_id = $2, reassignments = reassignments + 1, team_response = 'pending', team_response_reason = NULL WHERE id = $1`,
    [advice.id, command.teamId],
  );
  const assignment = (await assignmentsOf(ctx, command.itemId)).find((a) => a.adviceRequestId === advice.id)!;
  return {
    type: 'advice.reassigned',
    payload: { itemId: command.itemId, assignment, reason: command.reason.trim() },
    audit: { entityType: 'advice_request', entityId: advice.id, before: { teamId: advice.agency_id }, after: { teamId: command.teamId, reason: command.reason.trim() } },
  };
};
