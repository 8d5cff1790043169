import type { LeadershipPackFigures, LeadershipPackStatus } from '@convene/contracts';
import type { Queryable } from '../../database/prepared-statement.repository.js';

export interface LeadershipPackRow {
  id: string;
  month: string;
  narrative: string;
  status: LeadershipPackStatus;
  issued_by: string | null;
  issued_by_name: string | null;
  issued_at: Date | null;
  figures: LeadershipPackFigures | null;
}

const VIEW = `SELECT p.id, p.month, p.narrative, p.status, p.issued_by, u.display_name AS issued_by_name, p.issued_at, p.figures
  FROM leadership_packs p LEFT JOIN users u ON u.id = p.issued_by`;

/** The monthly leadership packs: their narratives, and the figures frozen when each was issued. */
export class LeadershipPacksRepository {
  constructor(private readonly db: Queryable) {}

  /** Newest first, without the frozen figures. */
  list(): Promise<Omit<LeadershipPackRow, 'figures'>[]> {
    return this.db.query(
      `SELECT p.id, p.month, p.narrative, p.status, p.issued_by, u.display_name AS issued_by_name, p.issued_at
         FROM leadership_packs p LEFT JOIN users u ON u.id = p.issued_by
        ORDER BY p.month DESC`,
    );
  }

  async find(month: string): Promise<LeadershipPackRow | undefined> {
    const [row] = await this.db.query<LeadershipPackRow[]>(`${VIEW} WHERE p.month = $1`, [month]);
    return row;
  }

  /** The month's pack, begun as an empty draft if there was none, locked until the transaction ends. */
  async lock(month: string): Promise<LeadershipPackRow> {
    await this.db.query(`INSERT INTO leadership_packs (month) VALUES ($1) ON CONFLICT (month) DO NOTHING`, [
      month,
    ]);
    const [row] = await this.db.query<LeadershipPackRow[]>(
      `SELECT p.id, p.month, p.narrative, p.status, p.issued_by, NULL AS issued_by_name, p.issued_at, NULL AS figures
         FROM leadership_packs p WHERE p.month = $1 FOR UPDATE`,
      [month],
    );
    return row!;
  }

  async writeNarrative(id: string, narrative: string): Promise<void> {
    await this.db.query(
      `UPDATE leadership_packs SET narrative = $2, updated_at = now() WHERE id = $1 AND status = 'draft'`,
      [id, narrative],
    );
  }

  /** When it was issued. */
  async issue(id: string, issuedBy: string, figures: LeadershipPackFigures): Promise<Date> {
    // An UPDATE answers its rows and the count.
    const [[row]] = await this.db.query<[{ issued_at: Date }[], number]>(
      `UPDATE leadership_packs SET status = 'issued', issued_by = $2, issued_at = now(), figures = $3, updated_at = now()
        WHERE id = $1 AND status = 'draft' RETURNING issued_at`,
      [id, issuedBy, JSON.stringify(figures)],
    );
    return row!.issued_at;
  }
}
