import { Injectable } from '@nestjs/common';
import type { AddFamilyMember, ChangeFamilyMember, FamilyMember } from '@convene/contracts';
import { isOldEnoughForOwnAccount } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService, CaseNotFoundError } from '../cases/case-access.service.js';
import { NothingToChangeError } from '../common/nothing-to-change.error.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import {
  AlreadyAFamilyMemberError,
  EmailInUseError,
  FamilyMemberNotFoundError,
  NoParentalResponsibilityError,
  YoungPersonUnder16Error,
} from './family.errors.js';
import { FamilyLinksRepository } from './family-links.repository.js';

/**
 * Who may sign in to see a child's case: added, changed and removed by the child's Family Link Officer (or a SEND
 * manager or administrator). Only a parent or carer with parental responsibility, or the young person from 16.
 * Every change is in the audit trail, with the change itself.
 */
@Injectable()
export class FamilyMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, childId: string): Promise<FamilyMember[]> {
    await this.access.assertCanSee(user, childId);
    return new FamilyLinksRepository(this.dataSource.manager).membersOf(childId);
  }

  async add(user: SessionUser, childId: string, member: AddFamilyMember): Promise<FamilyMember> {
    await this.access.assertCanSee(user, childId);
    if (member.kind === 'parent_carer' && member.parentalResponsibility !== true)
      throw new NoParentalResponsibilityError();
    const email = member.email.trim().toLowerCase();
    const linkId = await this.dataSource.transaction(async (manager) => {
      const links = new FamilyLinksRepository(manager);
      const child = await links.lockChild(childId);
      if (!child) throw new CaseNotFoundError();
      if (member.kind === 'young_person' && !isOldEnoughForOwnAccount(child.dateOfBirth, todayInEngland()))
        throw new YoungPersonUnder16Error();
      const account = await links.accountByEmail(email);
      if (account && !account.isFamily) throw new EmailInUseError();
      if (account && (await links.hasLiveLink(account.id, childId))) throw new AlreadyAFamilyMemberError();
      // One person, one account: a parent of siblings has one link for each child.
      const userId = account?.id ?? (await links.createAccount(email, member.name.trim()));
      if (account) await links.activate(userId);
      const id = await links.addLink({
        userId,
        childId,
        kind: member.kind,
        relationship: member.relationship.trim(),
        contactRestricted: member.contactRestricted ?? false,
        addedBy: user.id,
      });
      await this.record(manager, user, 'family_member.added', id, null, {
        childId,
        userId,
        email,
        kind: member.kind,
        relationship: member.relationship.trim(),
        contactRestricted: member.contactRestricted ?? false,
      });
      return id;
    });
    return this.one(childId, linkId);
  }

  async change(
    user: SessionUser,
    childId: string,
    linkId: string,
    change: ChangeFamilyMember,
  ): Promise<FamilyMember> {
    await this.access.assertCanSee(user, childId);
    if (
      change.email === undefined &&
      change.relationship === undefined &&
      change.contactRestricted === undefined
    )
      throw new NothingToChangeError('Give the email address, relationship or restriction to change.');
    await this.dataSource.transaction(async (manager) => {
      const links = new FamilyLinksRepository(manager);
      const before = await links.lockMember(childId, linkId);
      if (!before) throw new FamilyMemberNotFoundError();
      const email = change.email?.trim().toLowerCase() ?? before.email;
      const relationship = change.relationship?.trim() ?? before.relationship;
      const contactRestricted = change.contactRestricted ?? before.contactRestricted;
      if (email !== before.email) {
        const account = await links.accountByEmail(email);
        if (account) throw new EmailInUseError();
        await links.changeEmail(before.userId, email);
      }
      await links.changeLink(linkId, relationship, contactRestricted);
      await this.record(
        manager,
        user,
        'family_member.changed',
        linkId,
        {
          email: before.email,
          relationship: before.relationship,
          contactRestricted: before.contactRestricted,
        },
        { email, relationship, contactRestricted },
      );
    });
    return this.one(childId, linkId);
  }

  async remove(user: SessionUser, childId: string, linkId: string): Promise<void> {
    await this.access.assertCanSee(user, childId);
    await this.dataSource.transaction(async (manager) => {
      const links = new FamilyLinksRepository(manager);
      const before = await links.lockMember(childId, linkId);
      if (!before) throw new FamilyMemberNotFoundError();
      await links.removeLink(linkId, user.id);
      const closed = await links.closeIfNoChildren(before.userId);
      await this.record(
        manager,
        user,
        'family_member.removed',
        linkId,
        { childId, userId: before.userId, email: before.email, relationship: before.relationship },
        { accountClosed: closed },
      );
    });
  }

  private async one(childId: string, linkId: string): Promise<FamilyMember> {
    const members = await new FamilyLinksRepository(this.dataSource.manager).membersOf(childId);
    const member = members.find((m) => m.id === linkId);
    if (!member) throw new FamilyMemberNotFoundError();
    return member;
  }

  private record(
    manager: EntityManager,
    user: SessionUser,
    action: string,
    linkId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: user.id,
      action,
      entityType: 'family_link',
      entityId: linkId,
      before,
      after,
    });
  }
}
