import { Injectable } from '@nestjs/common';
import type { DelegationRuleView } from '@convene/contracts';
import { KINDS_WITH_AMOUNT } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { SessionUser } from '../../identity/session-user.js';
import { DelegationRepository } from './delegation.repository.js';
import {
  DelegationRuleExistsError,
  DelegationRuleNotFoundError,
  NotToDecideError,
} from './delegation.errors.js';
import type { AddDelegationRuleDto, ChangeDelegationRuleDto } from './dto/delegation-rule.dto.js';

/** The council's scheme of delegation, kept by the administrator: each change audited. */
@Injectable()
export class DelegationSchemeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  scheme(): Promise<DelegationRuleView[]> {
    return new DelegationRepository(this.dataSource.manager).scheme();
  }

  add(admin: SessionUser, body: AddDelegationRuleDto): Promise<DelegationRuleView> {
    const maxAmountPence = body.maxAmountPence ?? null;
    if (maxAmountPence !== null) assertDecidedOnMoney(body.kind);
    return this.dataSource.transaction(async (manager) => {
      const rule = await new DelegationRepository(manager).addRule(body.kind, body.role, maxAmountPence);
      if (!rule) throw new DelegationRuleExistsError();
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'delegation_rule.added',
        entityType: 'delegation_rule',
        entityId: rule.id,
        after: { ...rule },
      });
      return rule;
    });
  }

  change(admin: SessionUser, id: string, body: ChangeDelegationRuleDto): Promise<DelegationRuleView> {
    return this.dataSource.transaction(async (manager) => {
      const scheme = new DelegationRepository(manager);
      const before = await scheme.lockRule(id);
      if (!before) throw new DelegationRuleNotFoundError();
      if (body.maxAmountPence !== undefined && body.maxAmountPence !== null)
        assertDecidedOnMoney(before.kind);
      const after = await scheme.changeRule(id, { maxAmountPence: body.maxAmountPence, active: body.active });
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'delegation_rule.changed',
        entityType: 'delegation_rule',
        entityId: id,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}

function assertDecidedOnMoney(kind: string): void {
  if (!KINDS_WITH_AMOUNT.includes(kind as never))
    throw new NotToDecideError(
      'maxAmountPence',
      'Only funding and personal budgets are decided on an amount: leave the limit out.',
    );
}
