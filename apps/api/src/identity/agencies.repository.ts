import type { AgencyView } from '@convene/contracts';
import type { AgencyKind } from '@convene/domain';
import { In, type EntityManager } from 'typeorm';
import { Agency } from './agency.entity.js';

/** The organisations users belong to: the SEND service, the EP service, each health team, social care… */
export class AgenciesRepository {
  constructor(private readonly db: EntityManager) {}

  /** Those of the agencies that are health teams, with their names. */
  healthTeams(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return this.db
      .getRepository(Agency)
      .find({ select: { id: true, name: true }, where: { id: In([...ids]), kind: 'health' } });
  }

  async kindOf(id: string): Promise<AgencyKind | undefined> {
    // TypeORM drops an undefined condition, which would find any agency.
    if (!id) return undefined;
    const agency = await this.db.getRepository(Agency).findOne({ select: { kind: true }, where: { id } });
    return agency?.kind;
  }

  async exists(id: string): Promise<boolean> {
    if (!id) return false;
    return this.db.getRepository(Agency).exists({ where: { id } });
  }

  /** Its view; undefined when an agency has that code already. */
  async create(code: string, name: string, kind: AgencyKind): Promise<AgencyView | undefined> {
    const [row] = await this.db.query<AgencyView[]>(
      `INSERT INTO agencies (code, name, kind) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id, code, name, kind`,
      [code, name, kind],
    );
    return row;
  }

  /** Every agency, by kind and name. */
  async all(): Promise<AgencyView[]> {
    const agencies = await this.db.getRepository(Agency).find({ order: { kind: 'ASC', name: 'ASC' } });
    return agencies.map(({ id, code, name, kind }) => ({ id, code, name, kind }));
  }
}
