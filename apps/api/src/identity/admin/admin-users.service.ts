import { Injectable } from '@nestjs/common';
import type { ManagedUser } from '@convene/contracts';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import { SessionEvents } from '../session-events.js';
import type { SessionUser } from '../session-user.js';
import { AgenciesRepository } from '../agencies.repository.js';
import { UsersRepository } from '../users.repository.js';
import type { CreateUserDto, UpdateUserDto } from './admin-users.dto.js';

class EmailTakenError extends DomainError {
  readonly code = 'email_taken';
  readonly status = 409;
  constructor() {
    super('Someone already has that email address.');
  }
}
const UNKNOWN_AGENCY = 'There is no agency in use with that id (a retired agency takes no new users).';
class UnknownAgencyError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly fields = [{ field: 'agencyId', messages: [UNKNOWN_AGENCY] }];
  constructor() {
    super(UNKNOWN_AGENCY);
  }
}
class UserNotFoundError extends DomainError {
  readonly code = 'user_not_found';
  readonly status = 404;
  constructor() {
    super('There is no user with that id.');
  }
}
class LastAdminError extends DomainError {
  readonly code = 'last_admin';
  readonly status = 409;
  constructor() {
    super('This is the last active administrator: make someone else an administrator first.');
  }
}

/** Users, for the service administrator. Every change is audited; passwords never are. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessionEvents: SessionEvents,
  ) {}

  users(): Promise<ManagedUser[]> {
    return new UsersRepository(this.dataSource.manager).managed();
  }

  async createUser(admin: SessionUser, body: CreateUserDto): Promise<ManagedUser> {
    const passwordHash = body.password ? await argon2.hash(body.password, { type: argon2.argon2id }) : null;
    return this.dataSource.transaction(async (manager) => {
      await this.assertAgency(manager, body.agencyId);
      const id = await new UsersRepository(manager).create({
        email: body.email.trim(),
        displayName: body.displayName.trim(),
        jobTitle: body.jobTitle?.trim() || null,
        agencyId: body.agencyId,
        roles: body.roles,
        passwordHash,
      });
      if (!id) throw new EmailTakenError();
      const user = await this.read(manager, id);
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        after: auditable(user),
      });
      return user;
    });
  }

  async updateUser(admin: SessionUser, userId: string, body: UpdateUserDto): Promise<ManagedUser> {
    const passwordHash = body.password
      ? await argon2.hash(body.password, { type: argon2.argon2id })
      : undefined;
    const endsSessions = body.active === false || Boolean(passwordHash) || Boolean(body.roles);
    const updated = await this.dataSource.transaction(async (manager) => {
      const users = new UsersRepository(manager);
      if (!(await users.lock(userId))) throw new UserNotFoundError();
      const before = await this.read(manager, userId);
      if (body.agencyId && body.agencyId !== before.agency.id)
        await this.assertAgency(manager, body.agencyId);
      const losesAdmin =
        before.roles.includes('admin') &&
        before.active &&
        ((body.roles && !body.roles.includes('admin')) || body.active === false);
      if (losesAdmin && (await users.otherActiveAdmins(userId)) === 0) throw new LastAdminError();
      await users.change(userId, {
        displayName: body.displayName?.trim() ?? null,
        jobTitleGiven: body.jobTitle !== undefined,
        jobTitle: body.jobTitle?.trim() || null,
        agencyId: body.agencyId ?? null,
        roles: body.roles ?? null,
        active: body.active ?? null,
        passwordHash: passwordHash ?? null,
      });
      // Deactivation, a new password or fewer roles take effect at once: every open session ends.
      if (endsSessions) await users.endSessions(userId);
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
    // After the commit: their live connections close now, on every node, or read who they are again.
    if (endsSessions) this.sessionEvents.ended.next({ userId });
    else this.sessionEvents.standingChanged.next({ userId });
    return updated;
  }

  private async assertAgency(manager: EntityManager, agencyId: string): Promise<void> {
    if (!(await new AgenciesRepository(manager).isOffered(agencyId))) throw new UnknownAgencyError();
  }

  private async read(manager: EntityManager, userId: string): Promise<ManagedUser> {
    const user = await new UsersRepository(manager).managedOne(userId);
    if (!user) throw new UserNotFoundError();
    return user;
  }
}

function auditable(user: ManagedUser): Record<string, unknown> {
  return {
    email: user.email,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    roles: user.roles,
    active: user.active,
    agencyId: user.agency.id,
  };
}
