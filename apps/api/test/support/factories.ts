import type { AgencyKind, Role } from '@convene/domain';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  roles: Role[];
  agencyId: string;
}

/** An agency (found by code, or made). */
export async function anAgency(dataSource: DataSource, code = 'send', kind: AgencyKind = 'send_service'): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO agencies (code, name, kind) VALUES ($1, $2, $3)
     ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [code, `Agency ${code}`, kind],
  );
  return row.id;
}

/** A user who can sign in with TEST_PASSWORD. */
export async function aUser(
  dataSource: DataSource,
  options: { roles?: Role[]; agencyCode?: string; agencyKind?: AgencyKind; email?: string; active?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const agencyId = await anAgency(dataSource, options.agencyCode, options.agencyKind);
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@council.example`;
  const roles = options.roles ?? ['panel_member'];
  const [row] = await dataSource.query(
    `INSERT INTO users (email, display_name, agency_id, roles, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [email, `Test ${roles.join(' ')}`, agencyId, roles, await passwordHash, options.active ?? true],
  );
  return { id: row.id, email, password: TEST_PASSWORD, roles, agencyId };
}
