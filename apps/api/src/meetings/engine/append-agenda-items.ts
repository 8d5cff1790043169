import type { AgendaItemKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';

export interface NewAgendaItem {
  kind: AgendaItemKind;
  requestId: string | null;
  panelRequestId?: string | null;
  adviceRequestId?: string | null;
  presenterId?: string | null;
  restricted?: boolean;
}

/**
 * Puts items at the end of a meeting's agenda, in order, and invites their presenters to the meeting.
 * The caller holds the meeting row's lock (or has just created it), so positions cannot collide.
 */
export async function appendAgendaItems(manager: EntityManager, meetingId: string, items: readonly NewAgendaItem[]): Promise<string[]> {
  const [{ last }] = await manager.query(`SELECT coalesce(max(position), 0) AS last FROM agenda_items WHERE meeting_id = $1`, [meetingId]);
  const ids: string[] = [];
  for (const [index, item] of items.entries()) {
    const [{ id }] = await manager.query(
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, panel_request_id, advice_request_id, presenter_id, restricted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [meetingId, Number(last) + index + 1, item.kind, item.requestId, item.panelRequestId ?? null, item.adviceRequestId ?? null, item.presenterId ?? null, item.restricted ?? false],
    );
    ids.push(id);
  }
  const presenters = [...new Set(items.map((i) => i.presenterId).filter((id): id is string => !!id))];
  if (presenters.length) {
    await manager.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'presenter' ON CONFLICT DO NOTHING`,
      [meetingId, presenters],
    );
  }
  return ids;
}
