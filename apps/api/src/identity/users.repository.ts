import type { ManagedUser } from '@convene/contracts';
import type { AgencyKind, Role } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

const USER_COLUMNS = `u.id, u.email, u.display_name, u.job_title, u.roles, u.active, a.id AS agency_id, a.name AS agency_name, a.kind AS agency_kind,
  EXISTS (SELECT 1 FROM second_factors sf WHERE sf.user_id = u.id AND sf.confirmed_at IS NOT NULL) AS two_step_on`;
/** Staff, whom administrators manage; family accounts are managed on each child's case by its officers. */
const STAFF = `NOT ('family' = ANY(u.roles))`;

interface ManagedUserRow {
  id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  roles: Role[];
  active: boolean;
  agency_id: string;
  agency_name: string;
  agency_kind: AgencyKind;
  two_step_on: boolean;
}

/** A user as an administrator adds them; the password hash is null for single sign-on only. */
export interface NewUser {
  email: string;
  displayName: string;
  jobTitle: string | null;
  agencyId: string;
  roles: Role[];
  passwordHash: string | null;
}

/** What an administrator changes in a user; null leaves it as it is (a job title is changed when `jobTitleGiven`). */
export interface UserChange {
  displayName: string | null;
  jobTitleGiven: boolean;
  jobTitle: string | null;
  agencyId: string | null;
  roles: Role[] | null;
  active: boolean | null;
  passwordHash: string | null;
}

/** The people who use Convene, their agencies and roles, and how they sign in. */
export class UsersRepository {
  constructor(private readonly db: Queryable) {}

  async managed(): Promise<ManagedUser[]> {
    const rows = await this.db.query<ManagedUserRow[]>(
      `SELECT ${USER_COLUMNS} FROM users u JOIN agencies a ON a.id = u.agency_id WHERE ${STAFF} ORDER BY u.display_name`,
    );
    return rows.map(toManagedUser);
  }

  async managedOne(userId: string): Promise<ManagedUser | undefined> {
    const [row] = await this.db.query<ManagedUserRow[]>(
      `SELECT ${USER_COLUMNS} FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1 AND ${STAFF}`,
      [userId],
    );
    return row && toManagedUser(row);
  }

  /** Its id; undefined when someone has that email address already. */
  async create(user: NewUser): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, job_title, agency_id, roles, password_hash) VALUES (lower($1), $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.jobTitle, user.agencyId, user.roles, user.passwordHash],
    );
    return row?.id;
  }

  async lock(userId: string): Promise<boolean> {
    return (
      (
        await this.db.query<unknown[]>(`SELECT id FROM users u WHERE id = $1 AND ${STAFF} FOR UPDATE`, [
          userId,
        ])
      ).length > 0
    );
  }

  async isActive(userId: string): Promise<boolean> {
    return (
      (await this.db.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1 AND active`, [userId])).length > 0
    );
  }

  /** Those of the ids that are active Family Link Officers (users with the presenter role). */
  async activeFamilyLinkOfficersAmong(userIds: readonly string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active AND 'presenter' = ANY(roles)`,
      [[...userIds]],
    );
    return rows.map((r) => r.id);
  }

  async isActiveFamilyLinkOfficer(userId: string): Promise<boolean> {
    return (
      (
        await this.db.query<unknown[]>(
          `SELECT 1 FROM users WHERE id = $1 AND active AND 'presenter' = ANY(roles)`,
          [userId],
        )
      ).length > 0
    );
  }

  /** The users with these email addresses (as stored), whether active and whether they present cases. */
  presentersByEmail(
    emails: readonly string[],
  ): Promise<{ id: string; email: string; active: boolean; presenter: boolean }[]> {
    return this.db.query(
      `SELECT id, email, active, 'presenter' = ANY(roles) AS presenter FROM users WHERE email = ANY($1::text[])`,
      [emails],
    );
  }

  /** A new calendar feed address for the user (its hash): the old one stops working. */
  async setCalendarToken(userId: string, tokenHash: string): Promise<void> {
    await this.db.query(`UPDATE users SET calendar_token_hash = $2 WHERE id = $1`, [userId, tokenHash]);
  }

  /** The active user whose calendar feed address this is. */
  async byCalendarToken(tokenHash: string): Promise<{ id: string; display_name: string } | undefined> {
    const [user] = await this.db.query<{ id: string; display_name: string }[]>(
      `SELECT id, display_name FROM users WHERE calendar_token_hash = $1 AND active`,
      [tokenHash],
    );
    return user;
  }

  /** Active administrators other than this user. */
  async otherActiveAdmins(userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1`,
      [userId],
    );
    return row!.n;
  }

  async change(userId: string, change: UserChange): Promise<void> {
    await this.db.query(
      `UPDATE users SET display_name = coalesce($2, display_name), job_title = CASE WHEN $3::boolean THEN $4 ELSE job_title END,
                agency_id = coalesce($5, agency_id), roles = coalesce($6, roles), active = coalesce($7, active),
                password_hash = coalesce($8, password_hash)
          WHERE id = $1`,
      [
        userId,
        change.displayName,
        change.jobTitleGiven,
        change.jobTitle,
        change.agencyId,
        change.roles,
        change.active,
        change.passwordHash,
      ],
    );
  }

  /** Every open session of the user ends. */
  async endSessions(userId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [
      userId,
    ]);
  }

  /** An active user's password hash (null: single sign-on only), by the email address as stored. */
  async withPassword(email: string): Promise<{ id: string; password_hash: string | null } | undefined> {
    const [user] = await this.db.query<{ id: string; password_hash: string | null }[]>(
      `SELECT id, password_hash FROM users WHERE email = $1 AND active`,
      [email],
    );
    return user;
  }

  async byEmail(email: string): Promise<{ id: string; active: boolean; roles: Role[] } | undefined> {
    const [user] = await this.db.query<{ id: string; active: boolean; roles: Role[] }[]>(
      `SELECT id, active, roles FROM users WHERE email = $1`,
      [email],
    );
    return user;
  }
}

function toManagedUser(row: ManagedUserRow): ManagedUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    jobTitle: row.job_title,
    roles: row.roles,
    active: row.active,
    agency: { id: row.agency_id, name: row.agency_name, kind: row.agency_kind },
    twoStepOn: row.two_step_on,
  };
}
