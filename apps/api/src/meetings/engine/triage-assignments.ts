import type { TriageAssignment } from '@convene/contracts';
import type { EntityManager } from 'typeorm';

/** The teams each Health Gateway item's advice went to, by agenda item: read for snapshots and events alike. */
export async function triageAssignments(manager: Pick<EntityManager, 'query'>, itemIds: readonly string[]): Promise<Map<string, TriageAssignment[]>> {
  const byItem = new Map<string, TriageAssignment[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await manager.query(
    `SELECT a.id, a.triaged_in_item, a.response, a.priority, a.team_response, a.team_response_reason, a.reassignments,
            (a.requested_on + 42) AS due_on, g.id AS team_id, g.name AS team_name
       FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
      WHERE a.triaged_in_item = ANY($1::uuid[])
      ORDER BY g.name, a.id`,
    [itemIds],
  );
  for (const row of rows) {
    const list = byItem.get(row.triaged_in_item) ?? [];
    list.push({
      adviceRequestId: row.id,
      team: { id: row.team_id, name: row.team_name },
      response: row.response,
      priority: row.priority,
      teamResponse: row.team_response,
      teamResponseReason: row.team_response_reason,
      reassignments: row.reassignments,
      dueOn: row.due_on,
    });
    byItem.set(row.triaged_in_item, list);
  }
  return byItem;
}
