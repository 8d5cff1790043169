import type { LocalityView } from '@convene/contracts';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** The council's localities and its vulnerable-pupils team. */
export class LocalitiesRepository {
  constructor(private readonly db: Queryable) {}

  /** The four areas by name, then the vulnerable-pupils team. */
  async list(): Promise<LocalityView[]> {
    const rows = await this.db.query<{ code: string; name: string; is_vulnerable_pupils_team: boolean }[]>(
      `SELECT code, name, is_vulnerable_pupils_team FROM localities ORDER BY is_vulnerable_pupils_team, name`,
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      isVulnerablePupilsTeam: r.is_vulnerable_pupils_team,
    }));
  }

  /** Every locality's id, by its code. */
  async idsByCode(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; code: string }[]>(`SELECT id, code FROM localities`);
    return new Map(rows.map((l) => [l.code, l.id]));
  }

  async idOf(code: string): Promise<string | undefined> {
    const [locality] = await this.db.query<{ id: string }[]>(`SELECT id FROM localities WHERE code = $1`, [
      code,
    ]);
    return locality?.id;
  }
}
