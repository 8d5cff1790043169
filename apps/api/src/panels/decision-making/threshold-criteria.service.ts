import { Injectable } from '@nestjs/common';
import type { ThresholdCriterionView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import { ThresholdCriteriaRepository } from './threshold-criteria.repository.js';
import type { CreateCriterionDto, UpdateCriterionDto } from './threshold-criteria.dto.js';

class CriterionNotFoundError extends DomainError {
  readonly code = 'criterion_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such threshold criterion.');
  }
}

/** The council's threshold criteria for each kind of decision, kept by the administrator, with audit. */
@Injectable()
export class ThresholdCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ThresholdCriterionView[]> {
    return new ThresholdCriteriaRepository(this.dataSource.manager).list();
  }

  async create(admin: SessionUser, body: CreateCriterionDto): Promise<ThresholdCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await new ThresholdCriteriaRepository(manager).create(body.itemKind, body.text.trim());
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'criterion.created',
        entityType: 'threshold_criterion',
        entityId: row.id,
        after: { ...row },
      });
      return row;
    });
  }

  async update(admin: SessionUser, id: string, body: UpdateCriterionDto): Promise<ThresholdCriterionView> {
    return this.dataSource.transaction(async (manager) => {
      const criteria = new ThresholdCriteriaRepository(manager);
      const before = await criteria.lock(id);
      if (!before) throw new CriterionNotFoundError();
      const after = await criteria.change(id, {
        text: body.text?.trim() ?? null,
        active: body.active ?? null,
        position: body.position ?? null,
      });
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'criterion.updated',
        entityType: 'threshold_criterion',
        entityId: id,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}
