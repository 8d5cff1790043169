import type { ThresholdCriterionView } from '@convene/contracts';
import type { AgendaItemKind } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

const COLUMNS = `id, item_kind AS "itemKind", text, position, active`;

/** What an administrator may change in a criterion; null leaves it as it is. */
export interface ThresholdCriterionChange {
  text: string | null;
  active: boolean | null;
  position: number | null;
}

/** The council's threshold criteria for each kind of decision, and the chair's marks against them at each item. */
export class ThresholdCriteriaRepository {
  constructor(private readonly db: Queryable) {}

  list(): Promise<ThresholdCriterionView[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM threshold_criteria ORDER BY item_kind, position, created_at`,
    );
  }

  /** At the end of its kind's criteria. */
  async create(itemKind: AgendaItemKind, text: string): Promise<ThresholdCriterionView> {
    const [row] = await this.db.query<ThresholdCriterionView[]>(
      `INSERT INTO threshold_criteria (item_kind, text, position)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM threshold_criteria WHERE item_kind = $1)) RETURNING ${COLUMNS}`,
      [itemKind, text],
    );
    return row!;
  }

  async lock(id: string): Promise<ThresholdCriterionView | undefined> {
    const [row] = await this.db.query<ThresholdCriterionView[]>(
      `SELECT ${COLUMNS} FROM threshold_criteria WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async change(id: string, change: ThresholdCriterionChange): Promise<ThresholdCriterionView> {
    const [[after]] = await this.db.query<[ThresholdCriterionView[], number]>(
      `UPDATE threshold_criteria SET text = coalesce($2, text), active = coalesce($3, active), position = coalesce($4, position) WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, change.text, change.active, change.position],
    );
    return after!;
  }

  /** The active criteria for a kind of decision, in order. */
  activeFor(itemKind: AgendaItemKind): Promise<{ id: string; text: string }[]> {
    return this.db.query(
      `SELECT id, text FROM threshold_criteria WHERE item_kind = $1 AND active ORDER BY position`,
      [itemKind],
    );
  }

  async isFor(criterionId: string, itemKind: AgendaItemKind): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM threshold_criteria WHERE id = $1 AND item_kind = $2`,
      [criterionId, itemKind],
    );
    return rows.length > 0;
  }

  /** The chair's mark against the criterion at the item; undefined: not marked. */
  async markAt(itemId: string, criterionId: string): Promise<{ met: boolean } | undefined> {
    const [row] = await this.db.query<{ met: boolean }[]>(
      `SELECT met FROM criterion_marks WHERE agenda_item_id = $1 AND criterion_id = $2`,
      [itemId, criterionId],
    );
    return row;
  }

  async mark(itemId: string, criterionId: string, met: boolean, markedBy: string): Promise<void> {
    await this.db.query(
      `INSERT INTO criterion_marks (agenda_item_id, criterion_id, met, marked_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agenda_item_id, criterion_id) DO UPDATE SET met = EXCLUDED.met, marked_by = EXCLUDED.marked_by, marked_at = now()`,
      [itemId, criterionId, met, markedBy],
    );
  }
}
