import { Injectable } from '@nestjs/common';
import type { AgencyView, ManagedUser } from '@convene/contracts';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import { SessionEvents } from '../session-events.js';
import type { SessionUser } from '../session-user.js';
import type { CreateAgencyDto, CreateUserDto, UpdateUserDto } from './admin-users.dto.js';

export class EmailTakenError extends DomainError {
  readonly code = 'email_taken';
  readonly status = 409;
  constructor() {
    super('Someone already has that email address.');
  }
}
export class AgencyCodeTakenError extends DomainError {
  readonly code = 'agency_code_taken';
  readonly status = 409;
  constructor() {
    super('An agency already has that code.');
  }
}
export class UnknownAgencyError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly fields = [{ field: 'agencyId', messages: ['There is no agency with that id.'] }];
  constructor() {
    super('There is no agency with that id.');
  }
}
export class UserNotFoundError extends DomainError {
  readonly code = 'user_not_found';
  readonly status = 404;
  constructor() {
    super('There is no user with that id.');
  }
}
export class LastAdminError extends DomainError {
  readonly code = 'last_admin';
  readonly status = 409;
  constructor() {
    super('This is the last active administrator: make someone else an administrator first.');
  }
}

const USER_COLUMNS = `u.id, u.email, u.display_name, u.job_title, u.roles, u.active, a.id AS agency_id, a.name AS agency_name, a.kind AS agency_kind`;

/** Users and agencies, for the service administrator. Every change is audited; passwords never are. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessionEvents: SessionEvents,
  ) {}

  async users(): Promise<ManagedUser[]> {
    const rows = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM users u JOIN agencies a ON a.id = u.agency_id ORDER BY u.display_name`);
    return rows.map(toManagedUser);
  }

  async agencies(): Promise<AgencyView[]> {
    return this.dataSource.query(`SELECT id, code, name, kind FROM agencies ORDER BY kind, name`);
  }

  async createUser(admin: SessionUser, body: CreateUserDto): Promise<ManagedUser> {
    const passwordHash = body.password ? await argon2.hash(body.password, { type: argon2.argon2id }) : null;
    return this.dataSource.transaction(async (manager) => {
      await this.assertAgency(manager, body.agencyId);
      const [row] = await manager.query(
        `INSERT INTO users (email, display_name, job_title, agency_id, roles, password_hash) VALUES (lower($1), $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [body.email.trim(), body.displayName.trim(), body.jobTitle?.trim() || null, body.agencyId, body.roles, passwordHash],
      );
      if (!row) throw new EmailTakenError();
      const user = await this.read(manager, row.id);
      await this.audit.record(manager, { actorId: admin.id, action: 'user.created', entityType: 'user', entityId: row.id, after: auditable(user) });
      return user;
    });
  }

  async updateUser(admin: SessionUser, userId: string, body: UpdateUserDto): Promise<ManagedUser> {
    const passwordHash = body.password ? await argon2.hash(body.password, { type: argon2.argon2id }) : undefined;
    const endsSessions = body.active === false || Boolean(passwordHash) || Boolean(body.roles);
    const updated = await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!locked) throw new UserNotFoundError();
      const before = await this.read(manager, userId);
      if (body.agencyId) await this.assertAgency(manager, body.agencyId);
      const losesAdmin = before.roles.includes('admin') && before.active && ((body.roles && !body.roles.includes('admin')) || body.active === false);
      if (losesAdmin) {
        const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1`, [userId]);
        if (n === 0) throw new LastAdminError();
      }
      await manager.query(
        `UPDATE users SET display_name = coalesce($2, display_name), job_title = CASE WHEN $3::boolean THEN $4 ELSE job_title END,
                agency_id = coalesce($5, agency_id), roles = coalesce($6, roles), active = coalesce($7, active),
                password_hash = coalesce($8, password_hash)
          WHERE id = $1`,
        [userId, body.displayName?.trim() ?? null, body.jobTitle !== undefined, body.jobTitle?.trim() || null, body.agencyId ?? null, body.roles ?? null, body.active ?? null, passwordHash ?? null],
      );
      // Deactivation, a new password or fewer roles take effect at once: every open session ends.
      if (endsSessions) {
        await manager.query(`UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
      }
      const after = await this.read(manager, userId);
      await this.audit.record(manager, {
        actorId: admin.id,
        action: body.password ? 'user.updated_with_new_password' : 'user.updated',
        entityType: 'user',
        entityId: userId,
        before: auditable(before),
        after: auditable(after),
      });
      return after;
    });
    // After the commit: their live connections close now, on every node.
    if (endsSessions) this.sessionEvents.ended.next({ userId });
    return updated;
  }

  async createAgency(admin: SessionUser, body: CreateAgencyDto): Promise<AgencyView> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO agencies (code, name, kind) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id, code, name, kind`,
        [body.code, body.name.trim(), body.kind],
      );
      if (!row) throw new AgencyCodeTakenError();
      await this.audit.record(manager, { actorId: admin.id, action: 'agency.created', entityType: 'agency', entityId: row.id, after: row });
      return row;
    });
  }

  private async assertAgency(manager: EntityManager, agencyId: string): Promise<void> {
    const rows = await manager.query(`SELECT 1 FROM agencies WHERE id = $1`, [agencyId]);
    if (rows.length === 0) throw new UnknownAgencyError();
  }

  private async read(manager: EntityManager, userId: string): Promise<ManagedUser> {
    const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1`, [userId]);
    if (!row) throw new UserNotFoundError();
    return toManagedUser(row);
  }
}

function toManagedUser(row: Record<string, any>): ManagedUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    jobTitle: row.job_title,
    roles: row.roles,
    active: row.active,
    agency: { id: row.agency_id, name: row.agency_name, kind: row.agency_kind },
  };
}

function auditable(user: ManagedUser): Record<string, unknown> {
  return { email: user.email, displayName: user.displayName, jobTitle: user.jobTitle, roles: user.roles, active: user.active, agencyId: user.agency.id };
}
