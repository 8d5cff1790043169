import type { AddAgendaItem, SnapshotItem, WithdrawAgendaItem } from '@convene/contracts';
import { VOTE_CHOICES } from '@convene/domain';
import type { CommandHandler } from '../engine/command-context.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { lockItem, requireChair } from '../engine/meeting-guards.js';
import { PANEL_REQUEST_COLUMNS, panelRequestDetails } from '../engine/panel-request-details.js';

/** What each panel decides on, brought by the chair: the Decision-Making Groups and the Health Gateway. */
const ADDABLE: Record<'dmg' | 'health_gateway' | 'quality', readonly AddAgendaItem['kind'][]> = {
  dmg: ['decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget'],
  health_gateway: ['advice_triage', 'health_funding'],
  quality: ['joint_funding'],
};
/** The request a case must have for each kind of item: a stage it is at, or (for a panel request) none. */
const AWAITING_REQUEST: Partial<Record<AddAgendaItem['kind'], string>> = {
  decision_to_assess: `stage = 'received'`,
  decision_to_issue: `stage = 'assessment'`,
  health_funding: `stage IN ('draft_issued', 'final_issued')`,
  joint_funding: `stage IN ('draft_issued', 'final_issued')`,
  advice_triage: `EXISTS (SELECT 1 FROM advice_requests a WHERE a.request_id = ehc_requests.id AND a.advice_kind = 'health' AND a.status = 'awaiting_triage')`,
};
const AWAITING_LABEL: Record<AddAgendaItem['kind'], string> = {
  decision_to_assess: 'a request awaiting a decision to assess',
  decision_to_issue: 'an assessment awaiting a decision to issue',
  placement_change: 'a change of placement awaiting the panel',
  funding: 'a funding request awaiting the panel',
  personal_budget: 'a personal budget request awaiting the panel',
  advice_triage: 'a request for health advice awaiting triage',
  health_funding: 'an EHC plan, draft or final, for health to contribute to',
  joint_funding: 'an EHC plan, draft or final, to fund jointly',
};

/**
 * The chair puts a case on the agenda by its reference, for the decision it awaits: at the end of the
 * agenda, presented by the case's Family Link Officer (invited to the meeting if they were not).
 */
export const addAgendaItem: CommandHandler<AddAgendaItem> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const panel = ctx.meeting.kind.startsWith('dmg') ? 'dmg' : ctx.meeting.kind === 'health_gateway' || ctx.meeting.kind === 'quality' ? ctx.meeting.kind : null;
  if (!panel) throw new MeetingError('wrong_state', 'Cases are not added this way to this meeting.');
  if (!ADDABLE[panel].includes(command.kind)) throw invalidField('kind', `This meeting does not decide on that: it takes ${ADDABLE[panel].join(', ')}.`);
  const [child] = await ctx.manager.query(`SELECT id, family_link_officer_id FROM children WHERE case_reference = $1`, [command.caseReference.trim()]);
  if (!child) throw invalidField('caseReference', 'There is no case with that reference.');

  const stage = AWAITING_REQUEST[command.kind];
  const [awaiting] = stage
    ? await ctx.manager.query(`SELECT id FROM ehc_requests WHERE child_id = $1 AND ${stage} ORDER BY received_on DESC LIMIT 1`, [child.id])
    : await ctx.manager.query(`SELECT id FROM panel_requests WHERE child_id = $1 AND kind = $2 AND status = 'awaiting_panel' ORDER BY raised_at LIMIT 1`, [child.id, command.kind]);
  if (!awaiting) throw invalidField('kind', `${command.caseReference.trim()} has no ${AWAITING_LABEL[command.kind]}.`);
  const requestId: string | null = stage ? awaiting.id : null;
  const panelRequestId: string | null = stage ? null : awaiting.id;

  // The agenda is locked by its meeting row (held for the command), so the check and the insert cannot race.
  const [{ on_agenda: onAgenda, next_position: position }] = await ctx.manager.query(
    `SELECT bool_or(status <> 'withdrawn' AND kind = $2 AND (request_id = $3 OR panel_request_id = $4)) AS on_agenda,
            coalesce(max(position), 0) + 1 AS next_position
       FROM agenda_items WHERE meeting_id = $1`,
    [ctx.meeting.id, command.kind, requestId, panelRequestId],
  );
  if (onAgenda) throw invalidField('caseReference', 'That case is already on this agenda for that decision.');
  const restricted = ctx.meeting.kind === 'dmg_children_in_care';
  // The Family Link Officer presents at a Decision-Making Group; at the Health Gateway the DCO leads.
  const presenterId: string | null = panel === 'dmg' ? child.family_link_officer_id : null;
  const [{ id }] = await ctx.manager.query(
    `INSERT INTO agenda_items (meeting_id, position, kind, request_id, panel_request_id, presenter_id, restricted)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [ctx.meeting.id, position, command.kind, requestId, panelRequestId, presenterId, restricted],
  );
  if (presenterId) {
    await ctx.manager.query(`INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'presenter') ON CONFLICT DO NOTHING`, [
      ctx.meeting.id,
      presenterId,
    ]);
  }

  const [row] = await ctx.manager.query(
    `SELECT c.id AS child_id, c.case_reference, u.id AS presenter_id, u.display_name AS presenter_name, ${PANEL_REQUEST_COLUMNS}
       FROM children c LEFT JOIN users u ON u.id = c.family_link_officer_id LEFT JOIN panel_requests pr ON pr.id = $2
      WHERE c.id = $1`,
    [child.id, panelRequestId],
  );
  const criteria = await ctx.manager.query(`SELECT id, text FROM threshold_criteria WHERE item_kind = $1 AND active ORDER BY position`, [command.kind]);
  const item: SnapshotItem = {
    id,
    position,
    kind: command.kind,
    status: 'pending',
    // A restricted item's case travels only in snapshots, which are built for each member.
    caseReference: restricted ? null : row.case_reference,
    childId: restricted ? null : row.child_id,
    requestId: restricted ? null : requestId,
    panelRequest: restricted ? null : panelRequestDetails(row),
    restricted,
    presenter: presenterId && row.presenter_id ? { id: row.presenter_id, displayName: row.presenter_name } : null,
    votingStatus: 'not_open',
    choices: [...VOTE_CHOICES[command.kind]],
    voterIds: [],
    recused: [],
    yourVote: null,
    votes: null,
    tally: null,
    outcome: null,
    inquorateReason: null,
    deferredReason: null,
    withdrawnReason: null,
    advice: command.kind === 'advice_triage' ? [] : null,
    quality: null,
    jointFunding: null,
    criteria: criteria.map((c: { id: string; text: string }) => ({ id: c.id, text: c.text, met: null })),
  };
  return {
    type: 'agenda.item_added',
    payload: { item },
    audit: { entityType: 'agenda_item', entityId: id, after: { kind: command.kind, position, requestId, panelRequestId, caseReference: row.case_reference } },
  };
};

/** The chair takes an item off the agenda before any vote; it stays in the record, and the minutes, as withdrawn. */
export const withdrawAgendaItem: CommandHandler<WithdrawAgendaItem> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided' || item.status === 'deferred') throw new MeetingError('wrong_state', 'This item has been decided or deferred already.');
  if (item.voting_status !== 'not_open') throw new MeetingError('wrong_state', 'Voting has been opened on this item: record a decision or defer it instead.');
  const reason = command.reason.trim();
  await ctx.manager.query(`UPDATE agenda_items SET status = 'withdrawn', withdrawn_reason = $2 WHERE id = $1`, [item.id, reason]);
  if (ctx.meeting.current_item_id === item.id) await ctx.manager.query(`UPDATE meetings SET current_item_id = NULL WHERE id = $1`, [ctx.meeting.id]);
  return {
    type: 'agenda.item_withdrawn',
    payload: { itemId: item.id, reason },
    audit: { entityType: 'agenda_item', entityId: item.id, before: { status: item.status }, after: { status: 'withdrawn', reason } },
  };
};
