import type { AgencyView } from '@convene/contracts';
import type { AgencyKind } from '@convene/domain';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Agency } from './agency.entity.js';

/** The organisations users belong to: the SEND service, the EP service, each health team, social care… */
export class AgenciesRepository {
  constructor(private readonly db: EntityManager) {}

  /** Those of the agencies that are teams of that kind in use (not retired), with their names. */
  teamsOfKind(kind: AgencyKind, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return this.db.getRepository(Agency).find({
      select: { id: true, name: true },
      where: { id: In([...ids]), kind, retiredAt: IsNull() },
    });
  }

  async kindOf(id: string): Promise<AgencyKind | undefined> {
    // TypeORM drops an undefined condition, which would find any agency.
    if (!id) return undefined;
    const agency = await this.db.getRepository(Agency).findOne({ select: { kind: true }, where: { id } });
    return agency?.kind;
  }

  /** Whether it is there and offered for new users: a retired agency is not. */
  async isOffered(id: string): Promise<boolean> {
    if (!id) return false;
    return this.db.getRepository(Agency).exists({ where: { id, retiredAt: IsNull() } });
  }

  /** Its view; undefined when an agency has that code already. */
  async create(code: string, name: string, kind: AgencyKind): Promise<AgencyView | undefined> {
    const [row] = await this.db.query<AgencyView[]>(
      `INSERT INTO agencies (code, name, kind) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING
       RETURNING id, code, name, kind, false AS retired`,
      [code, name, kind],
    );
    return row;
  }

  /** Every agency, by kind and name; retired ones after those in use. */
  async all(): Promise<AgencyView[]> {
    const agencies = await this.db.getRepository(Agency).find({ order: { kind: 'ASC', name: 'ASC' } });
    return agencies.map(toView).sort((a, b) => Number(a.retired) - Number(b.retired));
  }

  /** Locks the agency for a change and returns it; undefined when there is none with that id. */
  async lock(id: string): Promise<AgencyView | undefined> {
    const agency = await this.db
      .getRepository(Agency)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return agency ? toView(agency) : undefined;
  }

  async one(id: string): Promise<AgencyView | undefined> {
    const agency = await this.db.getRepository(Agency).findOne({ where: { id } });
    return agency ? toView(agency) : undefined;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.getRepository(Agency).update({ id }, { name });
  }

  /** Retires it (keeping the day it was first retired) or brings it back into use. */
  async setRetired(id: string, retired: boolean): Promise<void> {
    await this.db.query(
      `UPDATE agencies SET retired_at = CASE WHEN $2 THEN COALESCE(retired_at, now()) END WHERE id = $1`,
      [id, retired],
    );
  }

  /** How many users and advice requests name it: any, and it is retired, never deleted. */
  async uses(id: string): Promise<number> {
    const [row] = await this.db.query<{ uses: number }[]>(
      `SELECT (SELECT count(*) FROM users WHERE agency_id = $1)
            + (SELECT count(*) FROM advice_requests WHERE agency_id = $1) AS uses`,
      [id],
    );
    return Number(row?.uses ?? 0);
  }

  async delete(id: string): Promise<void> {
    await this.db.getRepository(Agency).delete({ id });
  }
}

function toView({ id, code, name, kind, retiredAt }: Agency): AgencyView {
  return { id, code, name, kind, retired: retiredAt !== null };
}
