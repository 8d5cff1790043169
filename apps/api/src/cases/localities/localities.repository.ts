import type { LocalityView, ManagedLocality } from '@convene/contracts';
import type { Queryable } from '../../database/prepared-statement.repository.js';

interface LocalityRow {
  id: string;
  code: string;
  name: string;
  is_vulnerable_pupils_team: boolean;
  retired: boolean;
  children: number;
  family_link_officers: { id: string; displayName: string }[];
}

const MANAGED = `
  SELECT l.id, l.code, l.name, l.is_vulnerable_pupils_team, l.retired_at IS NOT NULL AS retired,
         (SELECT count(*)::int FROM children c WHERE c.locality_id = l.id) AS children,
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name)
                     FROM locality_family_link_officers f JOIN users u ON u.id = f.user_id
                    WHERE f.locality_id = l.id), '[]') AS family_link_officers
    FROM localities l`;

/** The council's localities and its vulnerable-pupils team, with the Family Link Officers who work in each. */
export class LocalitiesRepository {
  constructor(private readonly db: Queryable) {}

  /** The four areas by name, then the vulnerable-pupils team; retired ones last, marked. */
  async list(): Promise<LocalityView[]> {
    const rows = await this.db.query<
      { code: string; name: string; is_vulnerable_pupils_team: boolean; retired: boolean }[]
    >(
      `SELECT code, name, is_vulnerable_pupils_team, retired_at IS NOT NULL AS retired
         FROM localities ORDER BY retired_at IS NOT NULL, is_vulnerable_pupils_team, name`,
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      isVulnerablePupilsTeam: r.is_vulnerable_pupils_team,
      retired: r.retired,
    }));
  }

  /** Every locality as the administrator manages it, in the order of `list`. */
  async managed(): Promise<ManagedLocality[]> {
    const rows = await this.db.query<LocalityRow[]>(
      `${MANAGED} ORDER BY l.retired_at IS NOT NULL, l.is_vulnerable_pupils_team, l.name`,
    );
    return rows.map(toManaged);
  }

  async managedOne(id: string): Promise<ManagedLocality | undefined> {
    const [row] = await this.db.query<LocalityRow[]>(`${MANAGED} WHERE l.id = $1`, [id]);
    return row && toManaged(row);
  }

  /** The id of each locality offered for new cases, by its code: retired ones are not. */
  async idsByCode(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; code: string }[]>(
      `SELECT id, code FROM localities WHERE retired_at IS NULL`,
    );
    return new Map(rows.map((l) => [l.code, l.id]));
  }

  /** The id of the locality with that code, if it is offered for new cases. */
  async idOf(code: string): Promise<string | undefined> {
    const [locality] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM localities WHERE code = $1 AND retired_at IS NULL`,
      [code],
    );
    return locality?.id;
  }

  /** Its id; undefined when a locality has that code already. */
  async create(code: string, name: string, isVulnerablePupilsTeam: boolean): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO localities (code, name, is_vulnerable_pupils_team) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [code, name, isVulnerablePupilsTeam],
    );
    return row?.id;
  }

  /** Locks the locality for a change; false when there is none with that id. */
  async lock(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM localities WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.query(`UPDATE localities SET name = $2 WHERE id = $1`, [id, name]);
  }

  /** Retires it (from now, or keeps the day it was retired) or brings it back into use. */
  async setRetired(id: string, retired: boolean): Promise<void> {
    await this.db.query(
      `UPDATE localities SET retired_at = CASE WHEN $2 THEN COALESCE(retired_at, now()) END WHERE id = $1`,
      [id, retired],
    );
  }

  async setFamilyLinkOfficers(id: string, userIds: readonly string[]): Promise<void> {
    await this.db.query(`DELETE FROM locality_family_link_officers WHERE locality_id = $1`, [id]);
    await this.db.query(
      `INSERT INTO locality_family_link_officers (locality_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [id, [...userIds]],
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM localities WHERE id = $1`, [id]);
  }
}

function toManaged(r: LocalityRow): ManagedLocality {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    isVulnerablePupilsTeam: r.is_vulnerable_pupils_team,
    retired: r.retired,
    children: r.children,
    familyLinkOfficers: r.family_link_officers,
  };
}
