import type { ActionView, ItemAction } from '@convene/contracts';
import { actionDueInWords, actionStanding, type CalendarDate } from '@convene/domain';
import type { ActionRow } from './actions.repository.js';

/** An action as its readers get it, with how it stands against its due day today. */
export function actionView(row: ActionRow, today: CalendarDate): ActionView {
  return {
    id: row.id,
    what: row.what,
    owner: row.owner_user_id
      ? { kind: 'person', userId: row.owner_user_id, displayName: row.owner_name }
      : { kind: 'team', agencyId: row.owner_agency_id!, displayName: row.owner_name },
    dueOn: row.due_on,
    status: row.status,
    standing: actionStanding(row.status, row.due_on, today),
    dueInWords: actionDueInWords(row.status, row.due_on, today),
    childId: row.child_id,
    caseReference: row.case_reference,
    origin: {
      kind: row.origin,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      itemId: row.agenda_item_id,
      adviceId: row.advice_request_id,
      sampleId: row.dip_sample_id,
    },
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    closingNote: row.closing_note,
    closedBy: row.closed_by ? { id: row.closed_by, displayName: row.closed_by_name! } : null,
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
  };
}

/** An action agreed on an agenda item, as the room and the minutes show it. */
export function itemAction(row: ActionRow): ItemAction {
  return {
    id: row.id,
    what: row.what,
    owner: row.owner_name,
    ownerKind: row.owner_user_id ? 'person' : 'team',
    dueOn: row.due_on,
    addedBy: row.created_by_name,
  };
}
