import type { AgencyKind, Role } from '@convene/domain';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SecretBox } from '../../src/common/secrets/secret-box.js';
import { sealTwoStepSecret } from '../../src/identity/two-step/two-step-secret.js';

const TEST_PASSWORD = 'correct horse battery staple';
/** The authenticator app's secret of every test user with two-step sign-in on (base32). */
const TEST_TWO_STEP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/**
 * The key that seals the tests' stored secrets: given to every API a test starts (in process or not), and used
 * here to store a user's authenticator app as the API would.
 */
export const TEST_SECRETS_KEY = '4dd8d7a0c3a1b5e6f7081920a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const testSecrets = new SecretBox(Buffer.from(TEST_SECRETS_KEY, 'hex'));
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  roles: Role[];
  agencyId: string;
  /** With two-step sign-in on: the secret its codes come from. */
  twoStepSecret?: string;
}

/** An agency (found by code, or made). */
export async function anAgency(
  dataSource: DataSource,
  code = 'send',
  kind: AgencyKind = 'send_service',
): Promise<string> {
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
  options: {
    roles?: Role[];
    agencyCode?: string;
    agencyKind?: AgencyKind;
    email?: string;
    active?: boolean;
    /** Two-step sign-in on; administrators must have it, so it is on for them unless said otherwise. */
    twoStep?: boolean;
  } = {},
): Promise<TestUser> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const agencyId = await anAgency(dataSource, options.agencyCode, options.agencyKind);
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@council.example`;
  const roles = options.roles ?? ['panel_member'];
  const [row] = await dataSource.query(
    `INSERT INTO users (email, display_name, agency_id, roles, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [email, `Test ${roles.join(' ')}`, agencyId, roles, await passwordHash, options.active ?? true],
  );
  const twoStep = options.twoStep ?? roles.includes('admin');
  if (twoStep)
    await dataSource.query(
      `INSERT INTO second_factors (user_id, secret, confirmed_at) VALUES ($1, $2, now())`,
      [row.id, sealTwoStepSecret(testSecrets, row.id, TEST_TWO_STEP_SECRET)],
    );
  return {
    id: row.id,
    email,
    password: TEST_PASSWORD,
    roles,
    agencyId,
    ...(twoStep ? { twoStepSecret: TEST_TWO_STEP_SECRET } : {}),
  };
}

/** A locality (found by code, or made). */
export async function aLocality(dataSource: DataSource, code = 'northdale'): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO localities (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [code, code[0]!.toUpperCase() + code.slice(1)],
  );
  return row.id;
}

/** A child with one request for assessment, at the stage and dates given. */
export async function aCase(
  dataSource: DataSource,
  options: {
    reference?: string;
    receivedOn?: string;
    flo?: string | null;
    locality?: string;
    givenName?: string;
    familyName?: string;
  } = {},
): Promise<{ childId: string; requestId: string; reference: string }> {
  const localityId = await aLocality(dataSource, options.locality);
  const reference = options.reference ?? `EHC-T-${randomBytes(3).toString('hex').toUpperCase()}`;
  const [child] = await dataSource.query(
    `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, family_link_officer_id, primary_need)
     VALUES ($1, $2, $3, '2016-05-04', 4, $4, $5, 'communication_interaction') RETURNING id`,
    [
      reference,
      options.givenName ?? 'Wobbly',
      options.familyName ?? 'Testcase',
      localityId,
      options.flo ?? null,
    ],
  );
  const receivedOn = options.receivedOn ?? '2026-01-05';
  const [request] = await dataSource.query(
    `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, $2, 'school', 'received') RETURNING id`,
    [child.id, receivedOn],
  );
  await dataSource.query(
    `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, 'received', $2)`,
    [request.id, receivedOn],
  );
  return { childId: child.id, requestId: request.id, reference };
}

/**
 * A family account (a parent) the council recorded for this child, as a Family Link Officer adds one (`addedBy`, or a
 * new officer): its id and address.
 */
export async function aFamilyMember(
  dataSource: DataSource,
  childId: string,
  options: { addedBy?: string; relationship?: string; contactRestricted?: boolean } = {},
): Promise<{ id: string; email: string }> {
  const email = `parent-${randomBytes(4).toString('hex')}@family.example`;
  const addedBy = options.addedBy ?? (await aUser(dataSource, { roles: ['presenter'] })).id;
  const [user] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, display_name, agency_id, roles)
     SELECT $1, 'Sam Taylor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
    [email],
  );
  await dataSource.query(
    `INSERT INTO family_links (user_id, child_id, kind, relationship, contact_restricted, added_by)
     VALUES ($1, $2, 'parent_carer', $3, $4, $5)`,
    [user!.id, childId, options.relationship ?? 'mum', options.contactRestricted ?? false, addedBy],
  );
  return { id: user!.id, email };
}
