import type { JointFundingView } from '@convene/contracts';
import type { JointFundingParty } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

type Answer = JointFundingView['shares'][number]['answer'];

/** Joint funding decided at the Quality and Compliance Group: each item's proposal and each agency's share and answer. */
export class JointFundingRepository {
  constructor(private readonly db: Queryable) {}

  async hasProposal(itemId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM joint_funding_proposals WHERE agenda_item_id = $1`,
      [itemId],
    );
    return rows.length > 0;
  }

  async propose(
    itemId: string,
    summary: string,
    totalPence: number,
    shares: readonly { party: JointFundingParty; amountPence: number }[],
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO joint_funding_proposals (agenda_item_id, summary, total_pence) VALUES ($1, $2, $3)`,
      [itemId, summary, totalPence],
    );
    for (const share of shares) {
      await this.db.query(
        `INSERT INTO joint_funding_shares (agenda_item_id, party, amount_pence) VALUES ($1, $2, $3)`,
        [itemId, share.party, share.amountPence],
      );
    }
  }

  /** The agency's share, locked. */
  async lockShare(
    itemId: string,
    party: JointFundingParty,
  ): Promise<{ answer: Answer; reason: string | null } | undefined> {
    const [share] = await this.db.query<{ answer: Answer; reason: string | null }[]>(
      `SELECT answer, reason FROM joint_funding_shares WHERE agenda_item_id = $1 AND party = $2 FOR UPDATE`,
      [itemId, party],
    );
    return share;
  }

  async answer(
    itemId: string,
    party: JointFundingParty,
    answer: Answer,
    reason: string | null,
    answeredBy: string,
  ): Promise<void> {
    await this.db.query(
      `UPDATE joint_funding_shares SET answer = $3, reason = $4, answered_by = $5 WHERE agenda_item_id = $1 AND party = $2`,
      [itemId, party, answer, reason, answeredBy],
    );
  }

  /** Each share's answer so far. */
  async answers(itemId: string): Promise<Answer[]> {
    const shares = await this.db.query<{ answer: Answer }[]>(
      `SELECT answer FROM joint_funding_shares WHERE agenda_item_id = $1`,
      [itemId],
    );
    return shares.map((s) => s.answer);
  }

  /** Each joint funding item's proposal with its shares and answers, by agenda item. */
  async views(itemIds: readonly string[]): Promise<Map<string, JointFundingView>> {
    const views = new Map<string, JointFundingView>();
    if (itemIds.length === 0) return views;
    const rows = await this.db.query<
      {
        agenda_item_id: string;
        summary: string;
        total_pence: number;
        party: JointFundingParty;
        amount_pence: number;
        answer: Answer;
        reason: string | null;
      }[]
    >(
      `SELECT p.agenda_item_id, p.summary, p.total_pence, s.party, s.amount_pence, s.answer, s.reason
       FROM joint_funding_proposals p JOIN joint_funding_shares s ON s.agenda_item_id = p.agenda_item_id
      WHERE p.agenda_item_id = ANY($1::uuid[])
      ORDER BY p.agenda_item_id, CASE s.party WHEN 'education' THEN 1 WHEN 'health' THEN 2 ELSE 3 END`,
      [itemIds],
    );
    for (const row of rows) {
      const view: JointFundingView = views.get(row.agenda_item_id) ?? {
        summary: row.summary,
        totalPence: row.total_pence,
        shares: [],
      };
      view.shares.push({
        party: row.party,
        amountPence: row.amount_pence,
        answer: row.answer,
        reason: row.reason,
      });
      views.set(row.agenda_item_id, view);
    }
    return views;
  }
}
