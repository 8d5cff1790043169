import type { JointFundingView } from '@convene/contracts';
import type { EntityManager } from 'typeorm';

/** Each joint funding item's proposal with its shares and answers, by agenda item. */
export async function jointFundingViews(manager: Pick<EntityManager, 'query'>, itemIds: readonly string[]): Promise<Map<string, JointFundingView>> {
  const views = new Map<string, JointFundingView>();
  if (itemIds.length === 0) return views;
  const rows = await manager.query(
    `SELECT p.agenda_item_id, p.summary, p.total_pence, s.party, s.amount_pence, s.answer, s.reason
       FROM joint_funding_proposals p JOIN joint_funding_shares s ON s.agenda_item_id = p.agenda_item_id
      WHERE p.agenda_item_id = ANY($1::uuid[])
      ORDER BY p.agenda_item_id, CASE s.party WHEN 'education' THEN 1 WHEN 'health' THEN 2 ELSE 3 END`,
    [itemIds],
  );
  for (const row of rows) {
    const view: JointFundingView = views.get(row.agenda_item_id) ?? { summary: row.summary, totalPence: row.total_pence, shares: [] };
    view.shares.push({ party: row.party, amountPence: row.amount_pence, answer: row.answer, reason: row.reason });
    views.set(row.agenda_item_id, view);
  }
  return views;
}
