import type { AddAgendaItem, SnapshotItem, WithdrawAgendaItem } from '@convene/contracts';
import { DEFAULT_ITEM_ALLOWANCE_MINUTES, gatewayOfMeeting, VOTE_CHOICES } from '@convene/domain';
import type { CommandHandler } from '../engine/command-context.js';
import { invalidField, MeetingError } from '../engine/meeting-error.js';
import { lockItem, requireChair } from '../engine/meeting-guards.js';
import { CasesRepository } from '../../cases/cases.repository.js';
import { PanelRequestsRepository } from '../../panels/decision-making/panel-requests/panel-requests.repository.js';
import { ThresholdCriteriaRepository } from '../../panels/decision-making/threshold-criteria.repository.js';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import { MeetingsRepository } from '../meetings.repository.js';

/** What each panel decides on, brought by the chair: the Decision-Making Groups and the advice gateways. */
const ADDABLE: Record<
  'dmg' | 'health_gateway' | 'social_care_gateway' | 'ep_gateway' | 'quality',
  readonly AddAgendaItem['kind'][]
> = {
  dmg: ['decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget'],
  health_gateway: ['advice_triage', 'health_funding'],
  social_care_gateway: ['advice_triage'],
  ep_gateway: ['advice_triage'],
  quality: ['joint_funding'],
};
const AWAITING_LABEL: Record<AddAgendaItem['kind'], string> = {
  decision_to_assess: 'a request awaiting a decision to assess',
  decision_to_issue: 'an assessment awaiting a decision to issue',
  placement_change: 'a change of placement awaiting the panel',
  funding: 'a funding request awaiting the panel',
  personal_budget: 'a personal budget request awaiting the panel',
  advice_triage: 'a request for advice awaiting triage',
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
  const gateway = gatewayOfMeeting(ctx.meeting.kind);
  const panel = ctx.meeting.kind.startsWith('dmg')
    ? 'dmg'
    : gateway
      ? gateway.meetingKind
      : ctx.meeting.kind === 'quality'
        ? ctx.meeting.kind
        : null;
  if (!panel) throw new MeetingError('wrong_state', 'Cases are not added this way to this meeting.');
  if (!ADDABLE[panel].includes(command.kind))
    throw invalidField(
      'kind',
      `This meeting does not decide on that: it takes ${ADDABLE[panel].join(', ')}.`,
    );
  const cases = new CasesRepository(ctx.manager);
  const child = await cases.byReference(command.caseReference.trim());
  if (!child) throw invalidField('caseReference', 'There is no case with that reference.');

  const onRequest = CasesRepository.decidesOnRequest(command.kind);
  const awaiting = onRequest
    ? await cases.latestRequestAwaiting(child.id, command.kind, gateway?.adviceKind)
    : await new PanelRequestsRepository(ctx.manager).oldestAwaitingPanel(child.id, command.kind);
  if (!awaiting)
    throw invalidField(
      'kind',
      `${command.caseReference.trim()} has no ${
        command.kind === 'advice_triage' && gateway
          ? `request for ${gateway.adviceWords} awaiting triage`
          : AWAITING_LABEL[command.kind]
      }.`,
    );
  const requestId: string | null = onRequest ? awaiting : null;
  const panelRequestId: string | null = onRequest ? null : awaiting;

  // The agenda is locked by its meeting row (held for the command), so the check and the insert cannot race.
  const agenda = new AgendaItemsRepository(ctx.manager);
  const { onAgenda, nextPosition: position } = await agenda.placeFor(
    ctx.meeting.id,
    command.kind,
    requestId,
    panelRequestId,
  );
  if (onAgenda) throw invalidField('caseReference', 'That case is already on this agenda for that decision.');
  const restricted = ctx.meeting.kind === 'dmg_children_in_care';
  // The Family Link Officer presents at a Decision-Making Group; at a gateway its coordinator leads.
  const presenterId: string | null = panel === 'dmg' ? child.family_link_officer_id : null;
  const id = await agenda.add(ctx.meeting.id, position, {
    kind: command.kind,
    requestId,
    panelRequestId,
    presenterId,
    restricted,
  });
  if (presenterId) await new MeetingsRepository(ctx.manager).invite(ctx.meeting.id, presenterId, 'presenter');

  const row = await agenda.caseFor(child.id, panelRequestId);
  const criteria = await new ThresholdCriteriaRepository(ctx.manager).activeFor(command.kind);
  const item: SnapshotItem = {
    id,
    position,
    kind: command.kind,
    status: 'pending',
    // A restricted item's case travels only in snapshots, which are built for each member.
    caseReference: restricted ? null : row.case_reference,
    childId: restricted ? null : row.child_id,
    requestId: restricted ? null : requestId,
    panelRequest: restricted ? null : row.panelRequest,
    restricted,
    forAnotherTeam: false,
    presenter:
      presenterId && row.presenter_id ? { id: row.presenter_id, displayName: row.presenter_name } : null,
    votingStatus: 'not_open',
    choices: [...VOTE_CHOICES[command.kind]],
    voterIds: [],
    recused: [],
    yourVote: null,
    votes: null,
    tally: null,
    outcome: null,
    corrections: [],
    criteriaNotMetReason: null,
    inquorateReason: null,
    deferredReason: null,
    withdrawnReason: null,
    advice: command.kind === 'advice_triage' ? [] : null,
    weeklyOrders: null,
    quality: null,
    jointFunding: null,
    criteria: criteria.map((c) => ({ id: c.id, text: c.text, met: null })),
    allowanceMinutes: DEFAULT_ITEM_ALLOWANCE_MINUTES[command.kind],
    votingReopenedReasons: [],
    actions: [],
  };
  return {
    type: 'agenda.item_added',
    payload: { item },
    audit: {
      entityType: 'agenda_item',
      entityId: id,
      after: { kind: command.kind, position, requestId, panelRequestId, caseReference: row.case_reference },
    },
  };
};

/** The chair takes an item off the agenda before any vote; it stays in the record, and the minutes, as withdrawn. */
export const withdrawAgendaItem: CommandHandler<WithdrawAgendaItem> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const item = await lockItem(ctx, command.itemId);
  if (item.status === 'decided' || item.status === 'deferred')
    throw new MeetingError('wrong_state', 'This item has been decided or deferred already.');
  if (item.voting_status !== 'not_open')
    throw new MeetingError(
      'wrong_state',
      'Voting has been opened on this item: record a decision or defer it instead.',
    );
  const reason = command.reason.trim();
  await new AgendaItemsRepository(ctx.manager).withdraw(item.id, reason);
  if (ctx.meeting.current_item_id === item.id)
    await new MeetingsRepository(ctx.manager).setCurrentItem(ctx.meeting.id, null);
  return {
    type: 'agenda.item_withdrawn',
    payload: { itemId: item.id, reason },
    audit: {
      entityType: 'agenda_item',
      entityId: item.id,
      before: { status: item.status },
      after: { status: 'withdrawn', reason },
    },
  };
};
