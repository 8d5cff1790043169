import type { QualityCriterionView } from '@convene/contracts';
import type { Queryable } from '../../database/prepared-statement.repository.js';

const COLUMNS = `id, section, text, weight, position, active`;

/** What an administrator may change in a criterion; null leaves it as it is. */
export interface CriterionChange {
  section: string | null;
  text: string | null;
  weight: number | null;
  active: boolean | null;
}

/** The council's quality framework: sections and weighted criteria, in order. */
export class QualityFrameworkRepository {
  constructor(private readonly db: Queryable) {}

  list(): Promise<QualityCriterionView[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM quality_criteria ORDER BY position`);
  }

  /** The criteria a plan is scored on now, with their weights. */
  activeWeights(): Promise<{ id: string; weight: number }[]> {
    return this.db.query(`SELECT id::text, weight FROM quality_criteria WHERE active ORDER BY position`);
  }

  /** Held to the end of the transaction: positions are numbered from the whole table. */
  async lockAll(): Promise<void> {
    await this.db.query(`LOCK TABLE quality_criteria IN SHARE ROW EXCLUSIVE MODE`);
  }

  async find(criterionId: string, forUpdate = false): Promise<QualityCriterionView | undefined> {
    const [row] = await this.db.query<QualityCriterionView[]>(
      `SELECT ${COLUMNS} FROM quality_criteria WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [criterionId],
    );
    return row;
  }

  /** The criterion next to this one in its section, above or below. */
  async neighbour(
    criterion: QualityCriterionView,
    direction: 'up' | 'down',
  ): Promise<{ id: string; position: number } | undefined> {
    const [row] = await this.db.query<{ id: string; position: number }[]>(
      direction === 'up'
        ? `SELECT id, position FROM quality_criteria WHERE section = $1 AND position < $2 ORDER BY position DESC LIMIT 1`
        : `SELECT id, position FROM quality_criteria WHERE section = $1 AND position > $2 ORDER BY position LIMIT 1`,
      [criterion.section, criterion.position],
    );
    return row;
  }

  async swapPlaces(
    first: { id: string; position: number },
    second: { id: string; position: number },
  ): Promise<void> {
    await this.db.query(
      `UPDATE quality_criteria SET position = CASE id WHEN $1::uuid THEN $3::int ELSE $4::int END WHERE id IN ($1, $2)`,
      [first.id, second.id, second.position, first.position],
    );
  }

  /** At the end of the framework. */
  async add(section: string, text: string, weight: number): Promise<QualityCriterionView> {
    const [row] = await this.db.query<QualityCriterionView[]>(
      `INSERT INTO quality_criteria (section, text, weight, position) SELECT $1, $2, $3, coalesce(max(position), 0) + 1 FROM quality_criteria RETURNING ${COLUMNS}`,
      [section, text, weight],
    );
    return row!;
  }

  async change(criterionId: string, change: CriterionChange): Promise<QualityCriterionView> {
    // An UPDATE answers with its rows and the count.
    const [[after]] = await this.db.query<[QualityCriterionView[], number]>(
      `UPDATE quality_criteria SET section = coalesce($2, section), text = coalesce($3, text), weight = coalesce($4, weight), active = coalesce($5, active)
          WHERE id = $1 RETURNING ${COLUMNS}`,
      [criterionId, change.section, change.text, change.weight, change.active],
    );
    return after!;
  }
}
