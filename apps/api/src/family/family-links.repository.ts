import type { FamilyChild, FamilyMember } from '@convene/contracts';
import type { FamilyMemberKind } from '@convene/domain';
import { FAMILIES_AGENCY_CODE, FAMILY_ROLE } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

interface MemberRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  kind: FamilyMemberKind;
  relationship: string;
  contact_restricted: boolean;
  added_at: Date;
}

/** The account an address belongs to, if any: a family account or a member of staff's. */
export interface AccountByEmail {
  id: string;
  isFamily: boolean;
}

const MEMBER_COLUMNS = `l.id, l.user_id, u.display_name AS name, u.email, l.kind, l.relationship, l.contact_restricted, l.added_at`;

/** Family accounts and their links to children: who may sign in to see which child's case. */
export class FamilyLinksRepository {
  constructor(private readonly db: Queryable) {}

  /** The child's date of birth, locking the child's row so two officers' changes to their family are taken in turn. */
  async lockChild(childId: string): Promise<{ dateOfBirth: string } | undefined> {
    const [row] = await this.db.query<{ date_of_birth: string }[]>(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth FROM children WHERE id = $1 FOR UPDATE`,
      [childId],
    );
    return row ? { dateOfBirth: row.date_of_birth } : undefined;
  }

  /** Those who may sign in for the child now, in the order they were added. */
  async membersOf(childId: string): Promise<FamilyMember[]> {
    const rows = await this.db.query<MemberRow[]>(
      `SELECT ${MEMBER_COLUMNS} FROM family_links l JOIN users u ON u.id = l.user_id
        WHERE l.child_id = $1 AND l.removed_at IS NULL ORDER BY l.added_at, l.id`,
      [childId],
    );
    return rows.map(toMember);
  }

  /** One live link of the child's, locked for a change. */
  async lockMember(
    childId: string,
    linkId: string,
  ): Promise<(FamilyMember & { userId: string }) | undefined> {
    const [row] = await this.db.query<MemberRow[]>(
      `SELECT ${MEMBER_COLUMNS} FROM family_links l JOIN users u ON u.id = l.user_id
        WHERE l.id = $1 AND l.child_id = $2 AND l.removed_at IS NULL FOR UPDATE OF l`,
      [linkId, childId],
    );
    return row ? { ...toMember(row), userId: row.user_id } : undefined;
  }

  async accountByEmail(email: string): Promise<AccountByEmail | undefined> {
    const [row] = await this.db.query<{ id: string; roles: string[] }[]>(
      `SELECT id, roles FROM users WHERE email = lower($1)`,
      [email],
    );
    return row ? { id: row.id, isFamily: row.roles.includes(FAMILY_ROLE) } : undefined;
  }

  /**
   * A new family account in the council's Families agency (made by the migration; made again here if an
   * administrator ever deleted it): no password, it signs in with one-time links.
   */
  async createAccount(email: string, name: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `WITH families AS (
         INSERT INTO agencies (code, name, kind) VALUES ($4, 'Families', 'families')
         ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id)
       INSERT INTO users (email, display_name, agency_id, roles, active)
       SELECT lower($1), $2, families.id, ARRAY[$3]::text[], true FROM families
       RETURNING id`,
      [email, name, FAMILY_ROLE, FAMILIES_AGENCY_CODE],
    );
    return row!.id;
  }

  /** A family account given access again (or kept): active, so it can sign in. */
  async activate(userId: string): Promise<void> {
    await this.db.query(`UPDATE users SET active = true WHERE id = $1`, [userId]);
  }

  /** The live family accounts of a request's child, with the addresses their emails go to. */
  liveAccountsOfRequest(requestId: string): Promise<{ id: string; email: string }[]> {
    return this.db.query<{ id: string; email: string }[]>(
      `SELECT u.id, u.email
         FROM ehc_requests r
         JOIN family_links l ON l.child_id = r.child_id AND l.removed_at IS NULL
         JOIN users u ON u.id = l.user_id AND u.active
        WHERE r.id = $1
        ORDER BY u.id`,
      [requestId],
    );
  }

  async hasLiveLink(userId: string, childId: string): Promise<boolean> {
    const [row] = await this.db.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM family_links WHERE user_id = $1 AND child_id = $2 AND removed_at IS NULL) AS found`,
      [userId, childId],
    );
    return row!.found;
  }

  async addLink(link: {
    userId: string;
    childId: string;
    kind: FamilyMemberKind;
    relationship: string;
    contactRestricted: boolean;
    addedBy: string;
  }): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, contact_restricted, added_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [link.userId, link.childId, link.kind, link.relationship, link.contactRestricted, link.addedBy],
    );
    return row!.id;
  }

  async changeLink(linkId: string, relationship: string, contactRestricted: boolean): Promise<void> {
    await this.db.query(`UPDATE family_links SET relationship = $2, contact_restricted = $3 WHERE id = $1`, [
      linkId,
      relationship,
      contactRestricted,
    ]);
  }

  async changeEmail(userId: string, email: string): Promise<void> {
    await this.db.query(`UPDATE users SET email = lower($2) WHERE id = $1`, [userId, email]);
  }

  async removeLink(linkId: string, removedBy: string): Promise<void> {
    await this.db.query(`UPDATE family_links SET removed_at = now(), removed_by = $2 WHERE id = $1`, [
      linkId,
      removedBy,
    ]);
  }

  /**
   * Closes a family account that no longer covers any child: it can no longer sign in, and its sessions end (the
   * session check reads `active`).
   */
  async closeIfNoChildren(userId: string): Promise<boolean> {
    const rows = await this.db.query<{ id: string }[]>(
      `UPDATE users u SET active = false WHERE u.id = $1
          AND NOT EXISTS (SELECT 1 FROM family_links l WHERE l.user_id = u.id AND l.removed_at IS NULL)
       RETURNING u.id`,
      [userId],
    );
    return rows.length > 0;
  }

  /** The children a family account covers now: first name and reference only. */
  async childrenOf(userId: string): Promise<FamilyChild[]> {
    const rows = await this.db.query<{ id: string; given_name: string; case_reference: string }[]>(
      `SELECT c.id, c.given_name, c.case_reference FROM family_links l JOIN children c ON c.id = l.child_id
        WHERE l.user_id = $1 AND l.removed_at IS NULL ORDER BY c.given_name, c.id`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, firstName: r.given_name, requestReference: r.case_reference }));
  }
}

function toMember(row: MemberRow): FamilyMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    kind: row.kind,
    relationship: row.relationship,
    contactRestricted: row.contact_restricted,
    addedAt: row.added_at.toISOString(),
  };
}
